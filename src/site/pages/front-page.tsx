import { cacheKeys } from '../../core/cache-keys.ts'
import { fixedFrontSlots } from '../../core/front-page.ts'
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

/**
 * The front page: the stories editors pinned to its slots (see core/front-page.ts), the rest filled with the latest
 * published stories. Each story appears once: a story pinned twice keeps its first slot, and backfill skips every
 * pinned story. A pin to a story no longer published is passed over, so a kill empties its slot at once.
 */
export async function renderFrontPage(store: Store, now: Date): Promise<RenderedPage> {
  const ctx = await loadContext(store, now)
  const slots = await store.frontSlots.all()
  const pinnedArticles = (await store.articles.getMany([...new Set(Object.values(slots))]))
    .filter((a) => a.status === 'published' && a.firstPublishedAt !== null)
    .map(({ body: _body, pending, ...a }) => ({ ...a, hasPending: pending !== null }))
  const pinnedById = new Map((await listStories(store, ctx, pinnedArticles)).map((s) => [s.article.id, s]))
  const recent = await listStories(
    store,
    ctx,
    await store.articles.listPublished({ limit: 1 + TOP + LEAD_MORE + LATEST + 10 + pinnedById.size }),
  )

  // Pins first, in the order a reader meets them, so a story pinned twice stays in the first slot.
  const shown = new Set<number>()
  const pins = new Map<string, ListedStory>()
  const slotOrder = [...fixedFrontSlots, ...ctx.sections.map((s) => `section:${s.id}`)]
  for (const slot of slotOrder) {
    const story = slots[slot] !== undefined ? pinnedById.get(slots[slot]) : undefined
    if (story && !shown.has(story.article.id)) {
      shown.add(story.article.id)
      pins.set(slot, story)
    }
  }
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
  const fill = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => pins.get(`${prefix}-${i + 1}`) ?? take(recent, 1)[0]).filter(
      (s): s is ListedStory => s !== undefined,
    )
  const lead = pins.get('lead') ?? take(recent, 1, true)[0] ?? take(recent, 1)[0] ?? null
  const top = fill('top', TOP)
  const leadMore = fill('more', LEAD_MORE)
  const latest = take(recent, LATEST)

  const sectionBlocks = []
  for (const section of ctx.sections) {
    const pinned = pins.get(`section:${section.id}`)
    const pool = await listStories(
      store,
      ctx,
      await store.articles.listPublished({ sectionId: section.id, limit: PER_SECTION + shown.size }),
    )
    const stories = [...(pinned ? [pinned] : []), ...take(pool, PER_SECTION - (pinned ? 1 : 0))]
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
    keys: [...chromeKeys, cacheKeys.front, cacheKeys.frontSlots, ...storyKeys(all)],
    expiresAt: expiresAtMidnight(ctx),
  }
}
