import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'

describe('the story preview (GET /api/v1/articles/{id}/preview)', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T03:35:00Z' })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  const preview = (role: 'reporter' | 'editor', id: number) =>
    api.send(role, 'GET', `/api/v1/articles/${id}/preview`)

  it('shows a draft as the reader page, marked, with no script, never indexed or cached', async () => {
    const s = await api.create('reporter', {
      headline: 'Night ferries return',
      body: [
        { type: 'heading', level: 2, content: [{ text: 'Timetable' }] },
        { type: 'paragraph', content: [{ text: 'Boats leave at ten.' }] },
      ],
    })
    const res = await preview('reporter', s.id)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(res.headers['content-security-policy']).not.toContain('script-src')
    expect(res.body).toContain('<h1')
    expect(res.body).toContain('Night ferries return')
    expect(res.body).toContain('<h2>Timetable</h2>')
    expect(res.body).toContain('It is not published')
    expect(res.body).toContain('BDST: 0935 HRS, MAY 16, 2024')
    expect(res.body).toContain('<meta name="robots" content="noindex"/>')
    expect(res.body.match(/<script(?![^>]*application\/ld\+json)/g)).toBeNull()
    // Readers still cannot see it.
    expect(h.cache.has(new URL(`http://x/world/${s.id}/night-ferries-return`).pathname)).toBe(false)
    expect((await h.app.inject({ url: `/world/${s.id}/night-ferries-return` })).statusCode).toBe(404)
  })

  it('shows a published story with its pending update, which readers do not see yet', async () => {
    const s = await api.create('chief', { headline: 'Bridge opens' })
    const live = (await api.transition('chief', s.id, 'publish', s.version)).json()
    await api.patch('chief', s.id, { headline: 'Bridge opens to traffic' }, live.version)
    const shown = (await preview('editor', s.id)).body
    expect(shown).toContain('Bridge opens to traffic')
    expect(shown).toContain('once its changes are published')
    expect(shown).not.toContain('It is not published')
    expect((await h.app.inject({ url: new URL(live.url).pathname })).body).not.toContain(
      'Bridge opens to traffic',
    )
  })

  it('answers 404 for another desk’s draft', async () => {
    const other = await api.create('chief', { headline: 'Sport secret', deskId: h.deskB })
    const res = await preview('editor', other.id)
    expect(res.statusCode).toBe(404)
    expect(res.body).not.toContain('Sport secret')
  })
})
