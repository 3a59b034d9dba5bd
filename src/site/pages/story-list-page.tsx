import { breadcrumbJsonLd } from '../structured-data.ts'
import type { ListCursor, PublishedQuery, Store } from '../../core/ports.ts'
import type { RenderedPage } from '../cache/rendered-page.ts'
import { LayoutView } from '../view/layout-view.tsx'
import type { SiteContext } from '../view/site-context.ts'
import { StoryListView } from '../view/story-list-view.tsx'
import { renderDocument } from './render-document.ts'
import { chromeKeys, expiresAtMidnight, listStories, storyKeys } from './site-loader.ts'

export const LIST_PAGE_SIZE = 20
/** Deeper than this, readers use the date archive; the limit also bounds what one address can make the server do. */
export const MAX_LIST_PAGE = 50

/** One kind of story list: what it shows, what it is called, and the key its membership changes under. */
export interface ListSpec {
  filter: Omit<PublishedQuery, 'limit' | 'after'>
  /** The heading, e.g. "Sport" or "Monsoon". */
  title: string
  /** A word over the heading naming the kind of list, e.g. "Tag" or "Byline". */
  kind?: string
  description: string
  /** Page 1's address; later pages add `?page=N`. */
  path: string
  listKey: string
  currentSection?: number
  /** Pages above this one, for the breadcrumb trail. */
  trail?: { name: string; path: string }[]
  /** A list that shows nothing is not a page at all (a topic no story has), rather than an empty one. */
  requireStories?: boolean
}

export const pagePath = (path: string, page: number) => (page > 1 ? `${path}?page=${page}` : path)

/**
 * Page `page` of a list of published stories, newest first, or null past its end. Paging is keyset underneath:
 * the walk to page N follows cursors, so every query is an index range scan however large the paper.
 */
export async function renderStoryList(
  store: Store,
  ctx: SiteContext,
  spec: ListSpec,
  page: number,
): Promise<RenderedPage | null> {
  if (page < 1 || page > MAX_LIST_PAGE) return null
  let after: ListCursor | undefined
  let rows = await store.articles.listPublished({ ...spec.filter, limit: LIST_PAGE_SIZE + 1 })
  for (let p = 1; p < page; p++) {
    const last = rows[LIST_PAGE_SIZE - 1]
    if (!last || rows.length <= LIST_PAGE_SIZE) return null
    after = { firstPublishedAt: last.firstPublishedAt!, id: last.id }
    rows = await store.articles.listPublished({ ...spec.filter, limit: LIST_PAGE_SIZE + 1, after })
  }
  if ((page > 1 || spec.requireStories) && rows.length === 0) return null
  const stories = await listStories(store, ctx, rows.slice(0, LIST_PAGE_SIZE))
  const { siteName } = ctx.settings
  const trail = [...(spec.trail ?? []), { name: spec.title, path: spec.path }]
  const html = renderDocument(
    <LayoutView
      ctx={ctx}
      current={spec.currentSection}
      meta={{
        title: `${spec.title}${page > 1 ? ` (page ${page})` : ''} | ${siteName}`,
        description: spec.description,
        canonicalPath: pagePath(spec.path, page),
        type: 'website',
        jsonLd: [breadcrumbJsonLd(ctx.settings, trail)],
      }}
    >
      <StoryListView
        ctx={ctx}
        title={spec.title}
        kind={spec.kind}
        stories={stories}
        page={page}
        hasMore={rows.length > LIST_PAGE_SIZE}
        pageHref={(n) => pagePath(spec.path, n)}
      />
    </LayoutView>,
  )
  return {
    status: 200,
    html,
    keys: [...chromeKeys, spec.listKey, ...storyKeys(stories)],
    expiresAt: expiresAtMidnight(ctx),
  }
}
