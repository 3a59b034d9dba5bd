import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, type Harness } from '../support/api-harness.ts'

const json = (body: unknown) => ({
  headers: { 'content-type': 'application/json' },
  payload: JSON.stringify(body),
})

describe('the story workflow through the API', () => {
  let h: Harness
  beforeEach(async () => {
    h = await apiHarness()
  })
  afterEach(() => h.close())

  const create = async (fields: Record<string, unknown> = {}) => {
    const res = await h.as('reporter', {
      method: 'POST',
      url: '/api/v1/articles',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        headline: 'Ferry crews return to work',
        summary: 'Services resume on the southern routes.',
        deskId: h.deskA,
        body: [{ type: 'paragraph', content: [{ text: 'The first boat left at dawn.' }] }],
        ...fields,
      }),
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { id: number; version: number; state: string; status: string; url: string | null }
  }
  const move = async (
    role: Parameters<Harness['as']>[0],
    id: number,
    transition: string,
    version: number,
    body?: unknown,
  ) => {
    const res = await h.as(role, {
      method: 'POST',
      url: `/api/v1/articles/${id}/${transition}`,
      headers: { 'if-match': `"v${version}"`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { payload: JSON.stringify(body) } : {}),
    })
    return res
  }
  const page = async (path: string) => h.app.inject({ url: path })
  const text = (html: string) => html.replace(/<[^>]+>/g, '')

  it('draft → submitted → approved → published, and the reader sees it', async () => {
    const draft = await create()
    expect(draft).toMatchObject({ state: 'draft', status: 'draft', url: null })
    const submitted = (await move('reporter', draft.id, 'submit', draft.version)).json()
    expect(submitted.state).toBe('submitted')
    expect((await move('reporter', draft.id, 'publish', submitted.version)).statusCode).toBe(403)
    const approved = (await move('editor', draft.id, 'approve', submitted.version)).json()
    expect(approved.state).toBe('approved')
    const published = await move('editor', draft.id, 'publish', approved.version)
    expect(published.statusCode, published.body).toBe(200)
    const story = published.json()
    expect(story).toMatchObject({
      state: 'published',
      status: 'published',
      firstPublishedAt: '2024-05-16T03:00:00.000Z',
    })
    expect(story.url).toBe(`http://localhost:3000/world/${draft.id}/ferry-crews-return-to-work`)
    const reader = await page(`/world/${draft.id}/ferry-crews-return-to-work`)
    expect(reader.statusCode).toBe(200)
    expect(text(reader.body)).toContain('Update: 2024-05-16 09:00:00')
  })

  it('an edit to a published story waits as a pending update until it is published; minor keeps the Update time', async () => {
    const draft = await create()
    const live = (await move('editor', draft.id, 'publish', draft.version)).json()
    const url = `/world/${draft.id}/ferry-crews-return-to-work`
    expect((await page(url)).statusCode).toBe(200)

    h.setNow('2024-05-16T05:00:00Z')
    const edit = await h.as('reporter', {
      method: 'PATCH',
      url: `/api/v1/articles/${draft.id}`,
      headers: { 'if-match': `"v${live.version}"`, 'content-type': 'application/json' },
      payload: JSON.stringify({ headline: 'Ferry crews return to work after two-day stoppage' }),
    })
    expect(edit.statusCode, edit.body).toBe(200)
    const pending = edit.json()
    expect(pending).toMatchObject({ hasPendingChanges: true, state: 'draft', status: 'published' })
    expect(pending.headline).toBe('Ferry crews return to work after two-day stoppage')
    // Readers still see the published text, at the same address.
    expect(text((await page(url)).body)).toContain('Ferry crews return to work')
    expect(text((await page(url)).body)).not.toContain('two-day stoppage')

    const update = (await move('editor', draft.id, 'publish', pending.version)).json()
    expect(update).toMatchObject({
      hasPendingChanges: false,
      state: 'published',
      updatedAt: '2024-05-16T05:00:00.000Z',
    })
    expect(text((await page(url)).body)).toContain('after two-day stoppage')
    expect(text((await page(url)).body)).toContain('Update: 2024-05-16 11:00:00')

    h.setNow('2024-05-16T06:00:00Z')
    const typo = (
      await h.as('editor', {
        method: 'PATCH',
        url: `/api/v1/articles/${draft.id}`,
        headers: { 'if-match': `"v${update.version}"`, 'content-type': 'application/json' },
        payload: JSON.stringify({ summary: 'Services resume on the southern routes today.' }),
      })
    ).json()
    const minor = (await move('editor', draft.id, 'publish', typo.version, { minor: true })).json()
    expect(minor.updatedAt).toBe('2024-05-16T05:00:00.000Z')
  })

  it('a correction publishes with a public note, shown on the page and as a CorrectionComment', async () => {
    const draft = await create()
    const live = (await move('editor', draft.id, 'publish', draft.version)).json()
    const res = await move('editor', draft.id, 'correct', live.version, {
      note: 'An earlier version named the wrong port.',
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().corrections).toEqual([
      expect.objectContaining({ note: 'An earlier version named the wrong port.' }),
    ])
    const html = (await page(`/world/${draft.id}/ferry-crews-return-to-work`)).body
    expect(text(html)).toContain('An earlier version named the wrong port.')
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!)
    expect(ld.correction).toEqual([
      expect.objectContaining({
        '@type': 'CorrectionComment',
        text: 'An earlier version named the wrong port.',
      }),
    ])
    expect((await move('editor', draft.id, 'correct', res.json().version, {})).json().errors[0].path).toBe(
      'note',
    )
  })

  it('unpublish answers 410 and leaves the lists; kill also locks the story', async () => {
    const a = await create()
    const b = await create({ headline: 'Harbour pilots vote on new rota' })
    const liveA = (await move('editor', a.id, 'publish', a.version)).json()
    const liveB = (await move('editor', b.id, 'publish', b.version)).json()
    expect((await page('/world')).body).toContain('Ferry crews return to work')

    expect((await move('editor', a.id, 'unpublish', liveA.version)).statusCode).toBe(403)
    const off = await move('chief', a.id, 'unpublish', liveA.version, {
      reason: 'Duplicate of another story',
    })
    expect(off.statusCode, off.body).toBe(200)
    expect((await page(`/world/${a.id}/ferry-crews-return-to-work`)).statusCode).toBe(410)
    expect((await page('/world')).body).not.toContain('Ferry crews return to work')
    expect((await page('/')).body).not.toContain('Ferry crews return to work')

    const killed = await move('chief', b.id, 'kill', liveB.version, { reason: 'Legal advice' })
    expect(killed.json()).toMatchObject({ status: 'killed', locked: true })
    expect((await page(`/world/${b.id}/harbour-pilots-vote-on-new-rota`)).statusCode).toBe(410)
    const edit = await h.as('chief', {
      method: 'PATCH',
      url: `/api/v1/articles/${b.id}`,
      headers: { 'if-match': `"v${killed.json().version}"`, 'content-type': 'application/json' },
      payload: JSON.stringify({ headline: 'Anything' }),
    })
    expect(edit.statusCode).toBe(409)
    expect(edit.json().code).toBe('locked')
    expect((await move('chief', b.id, 'publish', killed.json().version)).json().code).toBe('locked')
  })

  it('spike and restore a draft, but not after the retention time', async () => {
    const draft = await create()
    const spiked = (await move('reporter', draft.id, 'spike', draft.version)).json()
    expect(spiked).toMatchObject({ state: 'spiked', spikedAt: '2024-05-16T03:00:00.000Z' })
    const restored = (await move('reporter', draft.id, 'restore', spiked.version)).json()
    expect(restored.state).toBe('draft')
    const again = (await move('reporter', draft.id, 'spike', restored.version)).json()
    h.setNow('2024-07-01T00:00:00Z')
    const late = await move('reporter', draft.id, 'restore', again.version)
    expect(late.statusCode).toBe(409)
    expect(late.json().code).toBe('invalid_transition')
  })

  it('a write based on an old version gets 409 with the current version and changes nothing', async () => {
    const draft = await create()
    const first = await h.as('reporter', {
      method: 'PATCH',
      url: `/api/v1/articles/${draft.id}`,
      headers: { 'if-match': `"v${draft.version}"`, 'content-type': 'application/json' },
      payload: JSON.stringify({ summary: 'First editor’s summary' }),
    })
    expect(first.statusCode).toBe(200)
    const stale = await h.as('editor', {
      method: 'PATCH',
      url: `/api/v1/articles/${draft.id}`,
      headers: { 'if-match': `"v${draft.version}"`, 'content-type': 'application/json' },
      payload: JSON.stringify({ summary: 'Second editor’s summary' }),
    })
    expect(stale.statusCode).toBe(409)
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: first.json().version })
    const now = (await h.as('reporter', { url: `/api/v1/articles/${draft.id}` })).json()
    expect(now.summary).toBe('First editor’s summary')
    const noVersion = await h.as('reporter', {
      method: 'PATCH',
      url: `/api/v1/articles/${draft.id}`,
      ...json({ summary: 'x' }),
    })
    expect(noVersion.statusCode).toBe(428)
  })
})
