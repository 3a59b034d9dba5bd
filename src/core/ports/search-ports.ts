import type { ArticleSummary } from './article-ports.ts'

/** A search for published stories: the reader's words (from `searchTerms()`) and which slice of the results. */
export interface SearchQuery {
  /** Every term must be found, as a whole word or a form of it; the last may also begin a longer word. */
  terms: readonly string[]
  limit: number
  offset: number
}

/** A published story that matched, with the passage that matched. */
export type SearchHit = ArticleSummary & {
  /** Plain text (not HTML) with each matched word between `HIT_START` and `HIT_END` (core/search-terms.ts). */
  snippet: string
  /** Relevance: higher is better, comparable only within one search. */
  rank: number
}

export interface SearchResults {
  items: SearchHit[]
  /** How many published stories match in all. */
  total: number
}

/**
 * Full-text search over the published stories' headline, summary, byline and body, best match first (a hit in the
 * headline counts most, then the summary, then the text). Drafts and withdrawn stories are never found.
 */
export interface ArticleSearch {
  search(query: SearchQuery): Promise<SearchResults>
}
