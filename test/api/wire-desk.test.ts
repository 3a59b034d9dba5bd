import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { pollDueSources } from '../../src/services/wire/poll-sources.ts'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { apiRequest } from '../support/route-fixtures.ts'
import { storyApi } from '../support/story-api.ts'

/** An invented ninjs item (original text). */
const ninjs = (uri: string, version: string, headline: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    uri,
    version,
    versionCreated: `2024-05-16T0${Number(version) % 10}:00:00Z`,
    headlines: [{ value: headline }],
    bodies: [{ contentType: 'text/html', value: `<p>${headline}, the agency reports.</p>` }],
    infoSources: [{ name: 'Bay Wire', role: 'source' }],
    ...extra,
  })

/** An invented RSS feed of two items (original text). */
const rss = (titles: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Wire</title><link>https://wire.example/</link><description>Test</description>` +
  titles
    .map(
      (t, i) =>
        `<item><title>${t}</title><link>https://wire.example/${i}</link><guid>urn:harbour:${i}</guid><pubDate>Thu, 16 May 2024 09:0${i}:00 +0600</pubDate><description>${t} in brief.</description></item>`,
    )
    .join('') +
  `</channel></rss>`

describe('the wire desk', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T04:00:00Z' })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  const addSource = async (body: Record<string, unknown>) => {
    const res = await h.as('admin', apiRequest('POST', '/sources', body))
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { source: { id: number; name: string }; token: string }
  }
  const push = (name: string, token: string, body: string, type = 'application/json') =>
    h.app.inject({
      method: 'POST',
      url: `/api/v1/ingest/push/${encodeURIComponent(name)}`,
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      payload: body,
    })

  it('an agency pushes with its source token; the item lands in the desk’s queue; fetch makes a story', async () => {
    const { source, token } = await addSource({ name: 'Bay Wire', deskId: h.deskA })
    const pushed = await push('Bay Wire', token, ninjs('urn:bay:1', '1', 'Pilots agree new night rota'))
    expect(pushed.statusCode, pushed.body).toBe(202)
    expect(pushed.json().items).toEqual([expect.objectContaining({ uri: 'urn:bay:1', outcome: 'new' })])
    expect((await push('Bay Wire', 'dlw_wrong', ninjs('urn:bay:2', '1', 'x'))).statusCode).toBe(401)
    expect((await push('Other', token, ninjs('urn:bay:2', '1', 'x'))).statusCode).toBe(401)

    const queue = (await h.as('reporter', apiRequest('GET', `/ingest?desk=${h.deskA}&status=queued`))).json()
    expect(queue.items).toEqual([
      expect.objectContaining({
        uri: 'urn:bay:1',
        source: 'Bay Wire',
        headline: 'Pilots agree new night rota',
      }),
    ])
    const itemId = queue.items[0].id
    const detail = (await h.as('reporter', apiRequest('GET', `/ingest/${itemId}`))).json()
    expect(detail.document.raw).toContain('Pilots agree new night rota')
    expect(detail.versions).toHaveLength(1)
    expect(detail.sourceId).toBe(source.id)

    const fetched = await h.as('reporter', apiRequest('POST', `/ingest/${itemId}/fetch`, { deskId: h.deskA }))
    expect(fetched.statusCode, fetched.body).toBe(201)
    expect(fetched.json()).toMatchObject({
      headline: 'Pilots agree new night rota',
      source: { name: 'Bay Wire', kind: 'wire' },
      provenance: { uri: 'urn:bay:1', version: '1', mode: 'fetched' },
      status: 'draft',
      deskId: h.deskA,
    })
    const again = await h.as('reporter', apiRequest('POST', `/ingest/${itemId}/fetch`, { deskId: h.deskA }))
    expect(again.json()).toMatchObject({ code: 'already_fetched', articleId: fetched.json().id })
    expect(
      (await h.as('reporter', apiRequest('POST', `/ingest/${itemId}/fetch`, { deskId: h.deskB }))).statusCode,
    ).toBe(403)
  })

  it('a wire update flags the fetched story with a diff; applying it makes a pending update on a live story', async () => {
    const { token } = await addSource({ name: 'Bay Wire', deskId: h.deskA })
    await push('Bay Wire', token, ninjs('urn:bay:7', '1', 'Ferry fares to rise in June'))
    const item = (await h.as('reporter', apiRequest('GET', '/ingest'))).json().items[0]
    const story = (
      await h.as('editor', apiRequest('POST', `/ingest/${item.id}/fetch`, { deskId: h.deskA }))
    ).json()
    const live = (await api.transition('editor', story.id, 'publish', story.version)).json()

    await push('Bay Wire', token, ninjs('urn:bay:7', '2', 'Ferry fares to rise in July'))
    const flagged = await api.get('editor', story.id)
    expect(flagged.headline).toBe('Ferry fares to rise in June')
    const diff = (await h.as('editor', apiRequest('GET', `/ingest/${item.id}/diff?from=1`))).json()
    expect(diff.diff.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'headline',
          before: 'Ferry fares to rise in June',
          after: 'Ferry fares to rise in July',
        }),
      ]),
    )

    const stored = (await h.ctx.deps.store.articles.get(story.id))!
    expect(stored.wireUpdate).toMatchObject({ kind: 'update', version: '2' })
    const applied = await api.send(
      'editor',
      'POST',
      `/api/v1/articles/${story.id}/wire-update/apply`,
      {},
      stored.version,
    )
    expect(applied.statusCode, applied.body).toBe(200)
    expect(applied.json()).toMatchObject({
      headline: 'Ferry fares to rise in July',
      hasPendingChanges: true,
      status: 'published',
    })
    expect((await h.ctx.deps.store.articles.get(story.id))!).toMatchObject({
      wireUpdate: null,
      provenance: { version: '2' },
    })
    expect((await h.app.inject({ url: new URL(live.url).pathname })).body).toContain(
      'Ferry fares to rise in June',
    )
  })

  it('a kill from the wire unpublishes a directly published story at once and flags a fetched one', async () => {
    const { token } = await addSource({ name: 'Trusted Wire', deskId: h.deskA, autoPublish: true })
    const direct = (await push('Trusted Wire', token, ninjs('urn:t:1', '1', 'Harbour bridge reopens'))).json()
      .items[0]
    const page = `/world/${direct.articleId}/harbour-bridge-reopens`
    expect((await h.app.inject({ url: page })).statusCode).toBe(200)
    await push(
      'Trusted Wire',
      token,
      ninjs('urn:t:1', '2', 'Harbour bridge reopens', { pubStatus: 'canceled' }),
    )
    expect((await h.app.inject({ url: page })).statusCode).toBe(410)
    expect((await h.app.inject({ url: '/feed.xml' })).body).not.toContain('Harbour bridge reopens')
  })

  it('a source with rules: a matching rule sends items to its desk and publishes them; others queue', async () => {
    const { source, token } = await addSource({ name: 'Sports Wire', deskId: h.deskA })
    const rule = await h.as(
      'admin',
      apiRequest('POST', '/routing-rules', {
        sourceId: source.id,
        name: 'Flash',
        match: { maxUrgency: 2 },
        deskId: h.deskB,
        publish: true,
      }),
    )
    expect(rule.statusCode, rule.body).toBe(201)
    const flash = (
      await push('Sports Wire', token, ninjs('urn:s:1', '1', 'Cup final abandoned', { urgency: 1 }))
    ).json().items[0]
    const routine = (
      await push('Sports Wire', token, ninjs('urn:s:2', '1', 'Training resumes', { urgency: 5 }))
    ).json().items[0]
    expect(flash.articleId).not.toBeNull()
    expect((await h.ctx.deps.store.articles.get(flash.articleId))!).toMatchObject({
      status: 'published',
      deskId: h.deskB,
    })
    expect(routine.articleId).toBeNull()
    expect((await h.ctx.deps.store.wireItems.get('urn:s:2'))!).toMatchObject({
      status: 'queued',
      deskId: h.deskA,
    })
  })

  it('polls a URL with conditional GET, backs off after errors, and keeps the source’s state', async () => {
    let requests: { etag?: string }[] = []
    let mode: 'ok' | 'fail' = 'ok'
    const server: Server = createServer((req, res) => {
      requests.push({ etag: req.headers['if-none-match'] as string | undefined })
      if (mode === 'fail') return res.writeHead(500).end('down')
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end()
      res
        .writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' })
        .end(rss(['Tide gauge online', 'Lighthouse repainted']))
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`
    try {
      const { source } = await addSource({ name: 'Harbour Wire', url, interval: '60s', deskId: h.deskA })
      expect(await pollDueSources(h.ctx.deps)).toBe(1)
      expect((await h.ctx.deps.store.wireItems.list({ limit: 10, offset: 0 })).total).toBe(2)
      expect(await pollDueSources(h.ctx.deps)).toBe(0) // not due yet

      h.setNow('2024-05-16T04:01:00Z')
      await pollDueSources(h.ctx.deps)
      expect(requests.at(-1)?.etag).toBe('"v1"') // the 304 path
      const docs = await h.ctx.deps.store.wireDocuments.list({ sourceId: source.id, limit: 10, offset: 0 })
      expect(docs).toHaveLength(1)

      mode = 'fail'
      h.setNow('2024-05-16T04:02:00Z')
      await pollDueSources(h.ctx.deps)
      let state = (await h.ctx.deps.store.sources.get(source.id))!.state
      expect(state).toMatchObject({
        failures: 1,
        lastError: 'HTTP 500',
        nextPollAt: '2024-05-16T04:04:00.000Z',
      })
      h.setNow('2024-05-16T04:03:00Z')
      requests = []
      await pollDueSources(h.ctx.deps)
      expect(requests).toEqual([]) // backing off
      mode = 'ok'
      h.setNow('2024-05-16T04:04:00Z')
      await pollDueSources(h.ctx.deps)
      state = (await h.ctx.deps.store.sources.get(source.id))!.state
      expect(state).toMatchObject({ failures: 0, lastSuccessAt: '2024-05-16T04:04:00.000Z' })
      const listed = (await h.as('editor', apiRequest('GET', '/sources'))).json().items[0]
      expect(listed).toMatchObject({ name: 'Harbour Wire', itemsToday: 1 })
      expect(listed).not.toHaveProperty('tokenHash')
    } finally {
      server.close()
    }
  })

  it('watches a folder: new files are taken once and moved to done/ or failed/ with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-watch-'))
    try {
      await addSource({ name: 'Folder Wire', dir, interval: '10s', deskId: h.deskA })
      writeFileSync(join(dir, 'good.json'), ninjs('urn:f:1', '1', 'Quay lamps replaced'))
      writeFileSync(join(dir, 'broken.xml'), '<nitf><head><title>cut off')
      writeFileSync(join(dir, 'uploading.json.part'), '{')
      writeFileSync(join(dir, 'fresh.json'), ninjs('urn:f:2', '1', 'Still arriving'))
      const old = new Date('2024-05-16T03:59:00Z')
      for (const f of ['good.json', 'broken.xml']) utimesSync(join(dir, f), old, old)
      utimesSync(
        join(dir, 'fresh.json'),
        new Date('2024-05-16T03:59:59.500Z'),
        new Date('2024-05-16T03:59:59.500Z'),
      )

      await pollDueSources(h.ctx.deps)
      expect(readdirSync(join(dir, 'done'))).toEqual([expect.stringMatching(/good\.json$/)])
      const failed = readdirSync(join(dir, 'failed')).sort()
      expect(failed).toEqual([
        expect.stringMatching(/broken\.xml$/),
        expect.stringMatching(/broken\.xml\.error\.txt$/),
      ])
      expect(readFileSync(join(dir, 'failed', failed[1]!), 'utf8')).toMatch(/Not well-formed/)
      expect(existsSync(join(dir, 'fresh.json'))).toBe(true) // too new: still being written
      expect(existsSync(join(dir, 'uploading.json.part'))).toBe(true)
      expect((await h.ctx.deps.store.wireItems.get('urn:f:1'))?.status).toBe('queued')
      const log = await h.ctx.deps.store.wireDocuments.list({ status: 'failed', limit: 10, offset: 0 })
      expect(log[0]).toMatchObject({ origin: 'broken.xml', status: 'failed' })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the same item arriving twice, from two sources, is stored once', async () => {
    const a = await addSource({ name: 'Wire A' })
    const b = await addSource({ name: 'Wire B' })
    await push('Wire A', a.token, ninjs('urn:shared:1', '3', 'Port strike ends'))
    const second = (await push('Wire B', b.token, ninjs('urn:shared:1', '3', 'Port strike ends'))).json()
    expect(second.items[0].outcome).toBe('duplicate')
    expect((await h.ctx.deps.store.wireItems.list({ limit: 10, offset: 0 })).total).toBe(1)
  })
})
