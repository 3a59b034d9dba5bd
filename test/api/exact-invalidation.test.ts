import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'

describe('exact invalidation of cached pages', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T04:00:00Z' })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  const publish = async (fields: Record<string, unknown>) => {
    const s = await api.create('chief', fields)
    const live = await api.transition('chief', s.id, 'publish', s.version)
    expect(live.statusCode, live.body).toBe(200)
    return live.json()
  }

  it('publishing drops its lists, the feeds and the sitemaps, and nothing else', async () => {
    const sport = await h.ctx.deps.store.sections.create({ name: 'Sport', slug: 'sport', position: 2 })
    const old = await publish({
      headline: 'Harbour dredging begins',
      tags: ['Harbour'],
      contributors: [{ kind: 'staff', name: 'Rina Das' }],
    })
    const other = await publish({
      headline: 'Rowing club wins',
      sectionId: sport.id,
      deskId: h.deskB,
      tags: ['Rowing'],
      contributors: [{ kind: 'guest', name: 'Omar Faruk' }],
    })
    const pages = {
      front: '/',
      world: '/world',
      sport: '/sport',
      harbourTag: '/tag/harbour',
      rowingTag: '/tag/rowing',
      rina: '/author/rina-das',
      omar: '/author/omar-faruk',
      month: '/archive/2024/05',
      oldStory: new URL(old.url).pathname,
      otherStory: new URL(other.url).pathname,
      feed: '/feed.xml',
      worldFeed: '/world/feed.xml',
      sportFeed: '/sport/feed.xml',
      sitemap: '/sitemap.xml',
      news: '/sitemap-news.xml',
    }
    for (const [name, url] of Object.entries(pages)) {
      expect((await h.app.inject({ url })).statusCode, name).toBe(200)
      expect(h.cache.has(url), name).toBe(true)
    }

    await publish({
      headline: 'New tide tables out',
      tags: ['Harbour'],
      contributors: [{ kind: 'staff', name: 'Rina Das' }],
    })
    const dropped = Object.entries(pages)
      .filter(([, url]) => !h.cache.has(url))
      .map(([name]) => name)
    expect(dropped.sort()).toEqual(
      ['feed', 'front', 'harbourTag', 'month', 'news', 'rina', 'sitemap', 'world', 'worldFeed'].sort(),
    )
  })

  it('an update of a story’s text drops the pages that show it, and no list it does not change', async () => {
    const sport = await h.ctx.deps.store.sections.create({ name: 'Sport', slug: 'sport', position: 2 })
    const story = await publish({ headline: 'Harbour dredging begins', tags: ['Harbour'] })
    await publish({ headline: 'Rowing club wins', sectionId: sport.id, deskId: h.deskB })
    for (const url of ['/', '/world', '/sport', '/tag/harbour', new URL(story.url).pathname])
      await h.app.inject({ url })
    const edited = (
      await api.patch('chief', story.id, { summary: 'Dredgers arrive on Monday.' }, story.version)
    ).json()
    // A pending edit changes nothing readers see: every page stays.
    expect(['/', '/world', '/sport', '/tag/harbour'].every((u) => h.cache.has(u))).toBe(true)
    await api.transition('chief', story.id, 'publish', edited.version)
    expect(h.cache.has(new URL(story.url).pathname)).toBe(false)
    expect(h.cache.has('/world')).toBe(false) // it shows the story (its summary)
    expect(h.cache.has('/tag/harbour')).toBe(false)
    expect(h.cache.has('/sport')).toBe(true) // does not show it
  })
})
