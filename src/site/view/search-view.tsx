import type { ComponentChildren } from 'preact'
import { HIT_END, HIT_START } from '../../core/search-terms.ts'
import { formatListDate, toZonedIso } from '../../core/time-format.ts'
import { articlePath, sectionPath } from '../urls.ts'
import { Picture } from './picture.tsx'
import type { SiteContext } from './site-context.ts'
import type { ListedStory } from './teaser-view.tsx'

/** A story found, with the passage that matched (plain text, hits between `HIT_START` and `HIT_END`). */
export type FoundStory = ListedStory & { snippet: string }

export interface SearchViewProps {
  ctx: SiteContext
  /** The words searched for, as the page shows them; empty when there is nothing to search for. */
  query: string
  /** Null when nothing was searched for. */
  results: { stories: FoundStory[]; total: number } | null
  page: number
  pageSize: number
  /** The deepest page offered. */
  maxPage: number
}

/** The address of a page of results; the same string is the page's cache key. */
export function searchPath(query: string, page = 1): string {
  if (!query) return '/search'
  const params = new URLSearchParams({ q: query })
  if (page > 1) params.set('page', String(page))
  return `/search?${params}`
}

/** Characters that may not appear in HTML text (C0 controls but tab and newlines, and DEL). */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

/** Line breaks in a story's text part its byline and paragraphs; in a one-line excerpt they become a dot. */
const BREAKS = /[^\S\n]*\n\s*/g

/**
 * A snippet as text with `<mark>` around the hits. Only the markers become elements; everything else stays text,
 * which Preact escapes.
 */
export function highlighted(snippet: string): ComponentChildren[] {
  const parts: ComponentChildren[] = []
  let inHit = false
  const pieces = snippet
    .trim()
    .replace(BREAKS, ' · ')
    .split(/([\u0002\u0003])/)
  for (const piece of pieces) {
    if (piece === HIT_START) inHit = true
    else if (piece === HIT_END) inHit = false
    else if (piece) {
      const text = piece.replace(CONTROLS, '')
      parts.push(inHit ? <mark>{text}</mark> : text)
    }
  }
  return parts
}

export function SearchForm({ query }: { query: string }) {
  return (
    <form class="search-form" role="search" action="/search" method="get">
      <label for="search-q">Search all stories</label>
      <input
        id="search-q"
        type="search"
        name="q"
        value={query || undefined}
        maxlength={200}
        enterkeyhint="search"
      />
      <button type="submit">Search</button>
    </form>
  )
}

function FoundStoryView({ story, zone }: { story: FoundStory; zone: string }) {
  const { article, section, asset } = story
  const href = articlePath(article, section)
  const when = article.firstPublishedAt
  const picture = asset && article.leadImage ? asset : null
  return (
    <article class={`teaser search-hit${picture ? ' search-hit--picture' : ''}`} lang={article.language}>
      <div class="teaser-text">
        {section && (
          <p class="kicker">
            <a href={sectionPath(section)}>{section.name}</a>
          </p>
        )}
        <h2>
          <a href={href}>{article.headline}</a>
        </h2>
        {story.snippet && <p class="snippet">{highlighted(story.snippet)}</p>}
        {when && (
          <p class="meta">
            <time datetime={toZonedIso(when, zone)}>{formatListDate(when, zone)}</time>
          </p>
        )}
      </div>
      {picture && (
        <a href={href} tabindex={-1} aria-hidden="true">
          <Picture asset={picture} alt="" sizes="7rem" />
        </a>
      )}
    </article>
  )
}

const count = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'story' : 'stories'}`

/** The search page: the form, then the answer: a hint, "nothing found", or the stories found, best first, in pages. */
export function SearchView({ ctx, query, results, page, pageSize, maxPage }: SearchViewProps) {
  const quoted = `“${query}”`
  const title = !results
    ? 'Search'
    : results.total === 0
      ? `No stories for ${quoted}`
      : `${count(results.total)} for ${quoted}`
  const lastPage = results ? Math.min(maxPage, Math.ceil(results.total / pageSize)) : 1
  return (
    <div class="search">
      <h1 class="page-title">
        {title}
        {page > 1 && <span class="meta"> · page {page}</span>}
      </h1>
      <SearchForm query={query} />
      {!results && (
        <p class="search-hint">
          Search every story we have published by its words: a name, a place, a subject, in any language.
        </p>
      )}
      {results?.total === 0 && (
        <p class="search-hint">
          Check the spelling, or try fewer or other words. A search finds stories with all of the words.
        </p>
      )}
      {results && results.stories.length > 0 && (
        <>
          <ol class="search-results" start={(page - 1) * pageSize + 1}>
            {results.stories.map((story) => (
              <li>
                <FoundStoryView story={story} zone={ctx.settings.timeZone} />
              </li>
            ))}
          </ol>
          <nav class="pager" aria-label="Pages of results">
            <span>{page > 1 && <a href={searchPath(query, page - 1)}>← Previous results</a>}</span>
            <span>{page < lastPage && <a href={searchPath(query, page + 1)}>More results →</a>}</span>
          </nav>
        </>
      )}
    </div>
  )
}
