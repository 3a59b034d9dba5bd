import { cacheKeys } from '../../core/cache-keys.ts'
import type { Store } from '../../core/ports.ts'
import type { RenderedPage } from '../cache/rendered-page.ts'
import { sectionPath } from '../urls.ts'
import { LayoutView } from '../view/layout-view.tsx'
import { SectionView } from '../view/section-view.tsx'
import { renderDocument } from './render-document.ts'
import { chromeKeys, expiresAtMidnight, listStories, loadContext, storyKeys } from './site-loader.ts'

export const SECTION_PAGE_SIZE = 20
/** Deeper pages than this are for the archive (a later issue), not for paging through a section. */
export const MAX_SECTION_PAGE = 50

/** A section's page `page` (1-based), or null when there is no such section or page. */
export async function renderSectionPage(
  store: Store,
  query: { slug: string; page: number },
  now: Date,
): Promise<RenderedPage | null> {
  if (query.page < 1 || query.page > MAX_SECTION_PAGE) return null
  const ctx = await loadContext(store, now)
  const section = ctx.sections.find((s) => s.slug === query.slug)
  if (!section) return null

  // Keyset paging underneath: walk from the top by cursor, so each query stays an index range scan.
  let after: { firstPublishedAt: string; id: number } | undefined
  let rows = await store.articles.listPublished({ sectionId: section.id, limit: SECTION_PAGE_SIZE + 1 })
  for (let p = 1; p < query.page; p++) {
    const last = rows[SECTION_PAGE_SIZE - 1]
    if (!last || rows.length <= SECTION_PAGE_SIZE) return null
    after = { firstPublishedAt: last.firstPublishedAt!, id: last.id }
    rows = await store.articles.listPublished({ sectionId: section.id, limit: SECTION_PAGE_SIZE + 1, after })
  }
  if (query.page > 1 && rows.length === 0) return null
  const stories = await listStories(store, ctx, rows.slice(0, SECTION_PAGE_SIZE))
  const path = sectionPath(section, query.page)
  const html = renderDocument(
    <LayoutView
      ctx={ctx}
      current={section.id}
      meta={{
        title: `${section.name}${query.page > 1 ? ` (page ${query.page})` : ''} | ${ctx.settings.siteName}`,
        description: `The latest ${section.name} stories from ${ctx.settings.siteName}.`,
        canonicalPath: path,
        type: 'website',
      }}
    >
      <SectionView
        ctx={ctx}
        section={section}
        stories={stories}
        page={query.page}
        hasMore={rows.length > SECTION_PAGE_SIZE}
      />
    </LayoutView>,
  )
  return {
    status: 200,
    html,
    keys: [...chromeKeys, cacheKeys.section(section.id), ...storyKeys(stories)],
    expiresAt: expiresAtMidnight(ctx),
  }
}
