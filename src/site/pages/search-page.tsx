import { cacheKeys } from '../../core/cache-keys.ts'
import type { Store } from '../../core/ports.ts'
import { searchTerms } from '../../core/search-terms.ts'
import type { RenderedPage } from '../cache/rendered-page.ts'
import { LayoutView } from '../view/layout-view.tsx'
import { SearchView, searchPath, type FoundStory } from '../view/search-view.tsx'
import { renderDocument } from './render-document.ts'
import { chromeKeys, expiresAtMidnight, listStories, loadContext, storyKeys } from './site-loader.ts'

export const SEARCH_PAGE_SIZE = 20
/** Past this many pages a reader should search better, not page further (and each page ranks every match). */
export const MAX_SEARCH_PAGE = 50
/**
 * A results page lives this long at most. It holds `front`, dropped when a story joins or leaves the site, but an
 * edit that makes a published story match anew names only that story: it shows up here within this time.
 */
const FRESH_FOR_MS = 5 * 60_000

export interface SearchRequest {
  terms: readonly string[]
  page: number
}

/** The terms of `?q=` (a repeated or missing `q` counts as nothing searched for). */
export function queryTerms(query: unknown): string[] {
  const q = (query as { q?: unknown } | undefined)?.q
  return typeof q === 'string' ? searchTerms(q) : []
}

/** The cache key of a search: its terms and page only, so two spellings of one query share an entry. */
export const searchKey = ({ terms, page }: SearchRequest): string =>
  searchPath(terms.join(' '), terms.length ? page : 1)

/** The search page for `terms` (from `searchTerms()`), or null for a page number out of range. */
export async function renderSearchPage(
  store: Store,
  request: SearchRequest,
  now: Date,
): Promise<RenderedPage | null> {
  const { terms } = request
  const page = terms.length ? request.page : 1
  if (page < 1 || page > MAX_SEARCH_PAGE) return null
  const ctx = await loadContext(store, now)
  const found = terms.length
    ? await store.search({ terms, limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE })
    : null
  if (found && page > 1 && found.items.length === 0) return null

  const listed = found ? await listStories(store, ctx, found.items) : []
  const stories: FoundStory[] = listed.map((story, i) => ({ ...story, snippet: found!.items[i]!.snippet }))
  const query = terms.join(' ')
  const html = renderDocument(
    <LayoutView
      ctx={ctx}
      meta={{
        title: `${query ? `Search: ${query}` : 'Search'}${page > 1 ? ` (page ${page})` : ''} | ${ctx.settings.siteName}`,
        description: `Search the stories of ${ctx.settings.siteName}.`,
        canonicalPath: '/search',
        // Results pages are for readers, not for search engines' indexes.
        noindex: true,
        type: 'website',
      }}
    >
      <SearchView
        ctx={ctx}
        query={query}
        results={found && { stories, total: found.total }}
        page={page}
        pageSize={SEARCH_PAGE_SIZE}
        maxPage={MAX_SEARCH_PAGE}
      />
    </LayoutView>,
  )
  return {
    status: 200,
    html,
    keys: found ? [cacheKeys.front, ...chromeKeys, ...storyKeys(stories)] : chromeKeys,
    expiresAt: Math.min(found ? now.getTime() + FRESH_FOR_MS : Infinity, expiresAtMidnight(ctx)),
    // Most searches are asked once: their pages are compressed for speed, not size.
    fastCompression: found !== null,
  }
}
