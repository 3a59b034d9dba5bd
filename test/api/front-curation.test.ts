import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'

/** The headlines of the front page's stories, in the order a reader meets them, each as often as it is shown. */
const shownHeadlines = (html: string, headlines: readonly string[]) =>
  [...html.matchAll(/>([^<>]+)<\/a><\/h[23]>/g)].map((m) => m[1]!).filter((t) => headlines.includes(t))

describe('the curated front page', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T04:00:00Z' })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  const publish = async (headline: string, fields: Record<string, unknown> = {}) => {
    const s = await api.create('chief', { headline, ...fields })
    const live = await api.transition('chief', s.id, 'publish', s.version)
    expect(live.statusCode, live.body).toBe(200)
    return live.json() as { id: number; version: number }
  }
  const pin = (slots: Record<string, number | null>, role: 'editor' | 'reporter' = 'editor') =>
    api.send(role, 'PATCH', '/api/v1/front', { slots })
  const front = async () => (await h.app.inject({ url: '/' })).body

  it('puts pinned stories in their slots, backfills the rest with the latest, and shows no story twice', async () => {
    const headlines = Array.from({ length: 9 }, (_, i) => `Story number ${i + 1}`)
    const ids: number[] = []
    for (const headline of headlines) ids.push((await publish(headline)).id)

    // Unpinned: newest first, every story once.
    const before = shownHeadlines(await front(), headlines)
    expect(before[0]).toBe('Story number 9')
    expect(new Set(before).size).toBe(before.length)

    // The oldest story leads; the second oldest is pinned twice and keeps its first slot (top-1).
    const res = await pin({ lead: ids[0]!, 'top-1': ids[1]!, 'more-2': ids[1]! })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().slots.lead).toEqual({ articleId: ids[0], headline: 'Story number 1', published: true })
    const after = shownHeadlines(await front(), headlines)
    expect(after[0]).toBe('Story number 1')
    expect(after).toContain('Story number 2')
    expect(after.filter((t) => t === 'Story number 2')).toHaveLength(1)
    expect(new Set(after).size).toBe(after.length)
    // Backfill still begins with the newest story, right after the pinned lead's headlines under it.
    expect(after).toContain('Story number 9')

    const got = await api.send('reporter', 'GET', '/api/v1/front')
    expect(Object.keys(got.json().slots).sort()).toEqual(['lead', 'more-2', 'top-1'])

    // Emptying a slot gives it back to the latest stories.
    await pin({ lead: null })
    expect(shownHeadlines(await front(), headlines)[0]).toBe('Story number 9')
  })

  it('pins a story to a section’s block', async () => {
    const sport = await h.ctx.deps.store.sections.create({ name: 'Sport', slug: 'sport', position: 2 })
    const old = await publish('Old rowing result', { sectionId: sport.id })
    for (let i = 1; i <= 5; i++) await publish(`Rowing news ${i}`, { sectionId: sport.id })
    const res = await pin({ [`section:${sport.id}`]: old.id })
    expect(res.statusCode, res.body).toBe(200)
    const html = await front()
    const block = html.slice(html.indexOf('id="s-sport"'))
    expect(block).toContain('Old rowing result')
    expect(html.split('>Old rowing result<')).toHaveLength(2)
  })

  it('refuses drafts, unknown slots and missing sections by name, and changes nothing then', async () => {
    const live = await publish('A published story')
    const draft = await api.create('chief', { headline: 'Not yet out' })
    expect((await pin({ lead: live.id })).statusCode).toBe(200)

    const bad = await pin({ lead: draft.id, 'top-1': live.id })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('lead')
    const unknown = await pin({ sidebar: live.id })
    expect(unknown.statusCode).toBe(422)
    expect(unknown.body).toContain('sidebar')
    const noSection = await pin({ 'section:999': live.id })
    expect(noSection.statusCode).toBe(422)
    expect(noSection.body).toContain('section:999')
    expect((await pin({ lead: 0 })).statusCode).toBe(422)

    expect(await h.ctx.deps.store.frontSlots.all()).toEqual({ lead: live.id })
    expect((await pin({ lead: live.id }, 'reporter')).statusCode).toBe(403)
  })

  it('re-renders only the front page when pins change, and drops a killed pinned story at once', async () => {
    const a = await publish('Pinned then killed')
    await publish('Another story')
    const article = new URL((await api.get('chief', a.id)).url as string).pathname
    for (const url of ['/', '/world', '/feed.xml', article]) await h.app.inject({ url })

    await pin({ lead: a.id })
    expect(h.cache.has('/')).toBe(false)
    expect(['/world', '/feed.xml', article].filter((u) => !h.cache.has(u))).toEqual([])
    expect(shownHeadlines(await front(), ['Pinned then killed'])).toEqual(['Pinned then killed'])

    const current = await api.get('chief', a.id)
    const killed = await api.transition('chief', a.id, 'kill', current.version, { reason: 'Legal advice' })
    expect(killed.statusCode, killed.body).toBe(200)
    const html = await front()
    expect(html).not.toContain('Pinned then killed')
    expect(html).toContain('Another story')
    expect((await api.send('editor', 'GET', '/api/v1/front')).json().slots.lead.published).toBe(false)
  })
})
