import { cacheKeys } from '../../core/cache-keys.ts'
import type { Store } from '../../core/ports.ts'
import type { RenderedPage } from '../cache/rendered-page.ts'
import { publisherJsonLd } from '../structured-data.ts'
import { FrontView } from '../view/front-view.tsx'
import { LayoutView } from '../view/layout-view.tsx'
import type { ListedStory } from '../view/teaser-view.tsx'
import { renderDocument } from './render-document.ts'
import { chromeKeys, expiresAtMidnight, listStories, loadContext, storyKeys } from './site-loader.ts'

const TOP = 3
/** Headlines under the lead story, without pictures. */
const LEAD_MORE = 3
const LATEST = 8
const PER_SECTION = 4

/** The front page from the latest published stories; each story appears once. */
export async function renderFrontPage(store: Store, now: Date): Promise<RenderedPage> {
  const ctx = await loadContext(store, now)
  const recent = await listStories(
    store,
    ctx,
    await store.articles.listPublished({ limit: 1 + TOP + LEAD_MORE + LATEST + 10 }),
  )
  const shown = new Set<number>()
  const take = (pool: ListedStory[], n: number, wantPicture = false) => {
    const picked: ListedStory[] = []
    for (const story of pool) {
      if (picked.length === n) break
      if (shown.has(story.article.id) || (wantPicture && !story.asset)) continue
      shown.add(story.article.id)
      picked.push(story)
    }
    return picked
  }
  const lead = take(recent, 1, true)[0] ?? take(recent, 1)[0] ?? null
  const top = take(recent, TOP)
  const leadMore = take(recent, LEAD_MORE)
  const latest = take(recent, LATEST)

  const sectionBlocks = []
  for (const section of ctx.sections) {
    const pool = await listStories(
      store,
      ctx,
      await store.articles.listPublished({ sectionId: section.id, limit: PER_SECTION + shown.size }),
    )
    const stories = take(pool, PER_SECTION)
    if (stories.length > 0) sectionBlocks.push({ section, stories })
  }

  const all = [
    ...(lead ? [lead] : []),
    ...top,
    ...leadMore,
    ...latest,
    ...sectionBlocks.flatMap((b) => b.stories),
  ]
  const { settings } = ctx
  const html = renderDocument(
    <LayoutView
      ctx={ctx}
      current="front"
      meta={{
        title: settings.tagline ? `${settings.siteName} | ${settings.tagline}` : settings.siteName,
        description: settings.tagline || settings.siteName,
        canonicalPath: '/',
        type: 'website',
        jsonLd: [
          {
            '@context': 'https://schema.org',
            '@type': 'WebSite',
            name: settings.siteName,
            url: `${settings.siteUrl}/`,
          },
          { '@context': 'https://schema.org', ...publisherJsonLd(settings) },
        ],
      }}
    >
      <FrontView
        ctx={ctx}
        lead={lead}
        leadMore={leadMore}
        top={top}
        latest={latest}
        sectionBlocks={sectionBlocks}
      />
    </LayoutView>,
  )
  return {
    status: 200,
    html,
    keys: [...chromeKeys, cacheKeys.front, ...storyKeys(all)],
    expiresAt: expiresAtMidnight(ctx),
  }
}
