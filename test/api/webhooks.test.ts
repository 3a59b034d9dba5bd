import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAppContext } from '../../src/app.ts'
import { webhookRoutes } from '../../src/api/routes/webhook-routes.ts'
import { commitChange } from '../../src/services/commit-change.ts'
import { publicationEffects } from '../../src/services/newsroom/publication-effects.ts'
import { publishStory } from '../../src/services/newsroom/publish-story.ts'
import { deliverDueWebhooks } from '../../src/services/webhooks/deliver-webhooks.ts'
import { MAX_ATTEMPTS } from '../../src/services/webhooks/retry-schedule.ts'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'

interface Received {
  path: string
  headers: IncomingHttpHeaders
  body: string
}

/** A real HTTP receiver on 127.0.0.1 that records what it gets and answers with the status it is told. */
async function startReceiver() {
  const received: Received[] = []
  let status = 200
  let delayMs = 0
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body })
      setTimeout(() => res.writeHead(status).end(status < 300 ? 'ok' : 'Down for maintenance'), delayMs)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer(next: number, options: { delayMs?: number } = {}) {
      status = next
      delayMs = options.delayMs ?? 0
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** What a receiver does with the documented recipe: HMAC-SHA256 of "<t>.<raw body>", compared in constant time. */
function signatureValid(secret: string, r: Received): boolean {
  const fields = new Map(
    String(r.headers['dateline-signature'])
      .split(',')
      .map((part) => part.split('=') as [string, string]),
  )
  const expected = createHmac('sha256', secret)
    .update(`${fields.get('t')}.${r.body}`)
    .digest()
  const given = Buffer.from(fields.get('v1') ?? '', 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

const json = (body: unknown) => ({
  headers: { 'content-type': 'application/json' },
  payload: JSON.stringify(body),
})
const allEvents = ['article.published', 'article.updated', 'article.unpublished', 'article.killed']

describe('webhooks', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T03:00:00Z' })
    api = storyApi(h)
    receiver = await startReceiver()
  })
  afterEach(async () => {
    await receiver.close()
    await h.close()
  })

  const addWebhook = async (path: string, events: string[] = allEvents, secret?: string) => {
    const res = await h.as('admin', {
      method: 'POST',
      url: '/api/v1/webhooks',
      ...json({ url: `${receiver.url}${path}`, events, ...(secret ? { secret } : {}) }),
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { id: number; secret: string; url: string; events: string[] }
  }
  const log = async (webhookId: number) => {
    const res = await h.as('admin', { url: `/api/v1/webhooks/${webhookId}/deliveries` })
    expect(res.statusCode, res.body).toBe(200)
    return res.json().items as Record<string, unknown>[]
  }
  const deliver = () => deliverDueWebhooks(h.ctx.deps)
  const publishNew = async (fields: Record<string, unknown> = {}) => {
    const s = await api.create('reporter', fields)
    const res = await api.transition('editor', s.id, 'publish', s.version)
    expect(res.statusCode, res.body).toBe(200)
    return res.json() as { id: number; version: number }
  }

  it('publishing a story sends a signed article.published to a subscribed webhook and nothing to others', async () => {
    const hook = await addWebhook('/subscribed', ['article.published'])
    const other = await addWebhook('/other', ['article.killed'])
    expect(hook.secret).toMatch(/^whsec_[\w-]{43}$/)
    const story = await publishNew()

    expect(await log(other.id)).toEqual([])
    expect(await log(hook.id)).toEqual([
      expect.objectContaining({ event: 'article.published', status: 'pending', attempts: 0 }),
    ])
    const run = await deliver()
    expect(run.delivered).toHaveLength(1)
    expect(receiver.received).toHaveLength(1)
    const [got] = receiver.received as [Received]
    expect(got.path).toBe('/subscribed')
    expect(got.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Dateline-Webhooks/1',
      'dateline-event': 'article.published',
      'dateline-delivery': String(run.delivered[0]),
    })
    expect(got.headers['dateline-signature']).toMatch(/^t=1715828400,v1=[0-9a-f]{64}$/)
    expect(signatureValid(hook.secret, got)).toBe(true)
    expect(signatureValid(other.secret, got)).toBe(false)
    expect(JSON.parse(got.body)).toMatchObject({
      event: 'article.published',
      occurredAt: '2024-05-16T03:00:00.000Z',
      article: { id: story.id, status: 'published', url: expect.stringContaining(`/world/${story.id}/`) },
    })
    expect(await log(hook.id)).toEqual([
      expect.objectContaining({
        status: 'delivered',
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
        nextAttemptAt: null,
        deliveredAt: '2024-05-16T03:00:00.000Z',
      }),
    ])
    expect((await deliver()).delivered).toEqual([])
    expect(receiver.received).toHaveLength(1)
  })

  it('a receiver answering 500 is retried only after the backoff, and the log shows the attempts and the error', async () => {
    const hook = await addWebhook('/flaky')
    await publishNew()
    receiver.answer(500)
    expect((await deliver()).retrying).toHaveLength(1)
    const [failed] = await log(hook.id)
    expect(failed).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500: Down for maintenance',
    })
    const retryAt = Date.parse(failed!.nextAttemptAt as string)
    const wait = retryAt - Date.parse('2024-05-16T03:00:00Z')
    expect(wait).toBeGreaterThanOrEqual(30_000)
    expect(wait).toBeLessThanOrEqual(36_000)

    receiver.answer(200)
    h.setNow(new Date(retryAt - 1).toISOString())
    expect(await deliver()).toEqual({ delivered: [], retrying: [], failed: [] })
    expect(receiver.received).toHaveLength(1)
    h.setNow(new Date(retryAt).toISOString())
    expect((await deliver()).delivered).toHaveLength(1)
    expect(receiver.received).toHaveLength(2)
    expect(receiver.received[1]!.headers['dateline-delivery']).toBe(
      receiver.received[0]!.headers['dateline-delivery'],
    )
    expect(await log(hook.id)).toEqual([
      expect.objectContaining({
        status: 'delivered',
        attempts: 2,
        lastStatusCode: 200,
        lastError: 'HTTP 500: Down for maintenance',
        deliveredAt: new Date(retryAt).toISOString(),
      }),
    ])
  })

  it('a delivery is marked failed after the last attempt, and not sent again', async () => {
    const hook = await addWebhook('/down')
    await publishNew()
    receiver.answer(503)
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliver()
      const [entry] = await log(hook.id)
      expect(entry).toMatchObject({ attempts: attempt, lastStatusCode: 503 })
      if (attempt < MAX_ATTEMPTS) h.setNow(entry!.nextAttemptAt as string)
      else expect(entry).toMatchObject({ status: 'failed', nextAttemptAt: null, deliveredAt: null })
    }
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS)
    h.setNow('2024-06-16T00:00:00Z')
    expect(await deliver()).toEqual({ delivered: [], retrying: [], failed: [] })
    expect(receiver.received).toHaveLength(MAX_ATTEMPTS)
  })

  it('an update, an unpublish and a kill each send their event', async () => {
    await addWebhook('/all')
    const a = await publishNew()
    h.setNow('2024-05-16T04:00:00Z')
    const edited = (
      await api.patch('editor', a.id, { headline: 'Tide gauges go live on the coast' }, a.version)
    ).json()
    const updated = (await api.transition('editor', a.id, 'publish', edited.version)).json()
    await api.transition('chief', a.id, 'unpublish', updated.version, { reason: 'Duplicate' })
    const b = await publishNew({ headline: 'Harbour pilots vote on a new rota' })
    await api.transition('chief', b.id, 'kill', b.version, { reason: 'Legal advice' })

    expect((await deliver()).delivered).toHaveLength(5)
    const sent = receiver.received.map((r) => [r.headers['dateline-event'], JSON.parse(r.body).article.id])
    expect(sent.sort()).toEqual(
      [
        ['article.published', a.id],
        ['article.updated', a.id],
        ['article.unpublished', a.id],
        ['article.published', b.id],
        ['article.killed', b.id],
      ].sort(),
    )
  })

  it('a kill says nothing of a story readers never saw, and never repeats a killed story’s headline', async () => {
    await addWebhook('/all')
    const draft = await api.create('reporter', { headline: 'A draft that must never be seen' })
    await api.transition('chief', draft.id, 'kill', draft.version, { reason: 'Legal advice' })
    expect((await deliver()).delivered).toEqual([])

    const live = await publishNew({ headline: 'A headline that was itself the problem' })
    await api.transition('chief', live.id, 'kill', live.version, { reason: 'Legal advice' })
    await deliver()
    const kill = receiver.received.find((r) => r.headers['dateline-event'] === 'article.killed')!
    expect(JSON.parse(kill.body).article).not.toHaveProperty('headline')
    expect(kill.body).not.toContain('itself the problem')
  })

  it('a change that does not commit enqueues nothing', async () => {
    const hook = await addWebhook('/all')
    const embargoed = await api.create('reporter', { embargoedUntil: '2024-05-16T12:00:00Z' })
    const refused = await api.transition('editor', embargoed.id, 'publish', embargoed.version)
    expect(refused.json().code).toBe('embargoed')

    // The deliveries are queued inside the story's transaction: a failure after them takes them back too.
    const draft = await api.create('reporter')
    const at = h.ctx.deps.clock.now().toISOString()
    await expect(
      commitChange(h.ctx.deps, async (tx) => {
        const before = (await tx.articles.get(draft.id))!
        const after = await publishStory(tx, before, { at, userId: null, note: 'publish' })
        await publicationEffects(tx, before, after, at)
        expect(await tx.deliveries.list(hook.id, 10)).toHaveLength(1)
        throw new Error('The disk is full')
      }),
    ).rejects.toThrow('The disk is full')

    expect(await log(hook.id)).toEqual([])
    expect((await api.get('editor', draft.id)).status).toBe('draft')
    await deliver()
    expect(receiver.received).toEqual([])
  })

  it('two dispatchers running at once send each delivery once', async () => {
    await addWebhook('/a')
    await addWebhook('/b')
    for (let i = 0; i < 4; i++) await publishNew({ headline: `Story number ${i + 1}` })
    const second = await openAppContext(h.ctx.config, { logger: h.ctx.deps.logger })
    second.deps.clock = h.ctx.deps.clock
    receiver.answer(200, { delayMs: 5 })
    try {
      const runs = await Promise.all([
        deliverDueWebhooks(h.ctx.deps, { concurrency: 2 }),
        deliverDueWebhooks(second.deps, { concurrency: 2 }),
      ])
      const ids = receiver.received.map((r) => r.headers['dateline-delivery'])
      expect(ids).toHaveLength(8)
      expect(new Set(ids).size).toBe(8)
      expect(runs.flatMap((r) => r.delivered).sort()).toEqual(ids.map(Number).sort())
    } finally {
      await second.close()
    }
  })

  it('creation validates its input, keeps the secret out of every later answer, and is audited with deletion', async () => {
    const given = 'a-secret-the-receiver-chose-0123456789'
    const invalid = await h.as('admin', {
      method: 'POST',
      url: '/api/v1/webhooks',
      ...json({ url: 'ftp://example.com/x', events: [], secret: 'short', extra: 1 }),
    })
    expect(invalid.statusCode).toBe(422)
    expect(
      invalid
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['events', 'extra', 'secret', 'url'])
    for (const url of ['/relative', 'http://user:pass@example.com/hook', 'javascript:alert(1)']) {
      const res = await h.as('admin', {
        method: 'POST',
        url: '/api/v1/webhooks',
        ...json({ url, events: allEvents }),
      })
      expect(res.json().errors[0].path, url).toBe('url')
    }
    expect(
      (
        await h.as('admin', {
          method: 'POST',
          url: '/api/v1/webhooks',
          ...json({ url: receiver.url, events: ['article.deleted'] }),
        })
      ).statusCode,
    ).toBe(422)

    const hook = await addWebhook('/chosen', ['article.published', 'article.published'], given)
    expect(hook).toMatchObject({ secret: given, events: ['article.published'], active: true })
    const list = await h.as('admin', { url: '/api/v1/webhooks' })
    expect(list.json().items).toEqual([
      {
        id: hook.id,
        url: `${receiver.url}/chosen`,
        events: ['article.published'],
        active: true,
        createdAt: '2024-05-16T03:00:00.000Z',
      },
    ])
    expect(list.body).not.toContain(given)
    expect(JSON.stringify((await h.as('admin', { url: '/api/v1/openapi.json' })).json())).toContain(
      '/webhooks/{id}/deliveries',
    )

    await publishNew()
    await deliver()
    expect(signatureValid(given, receiver.received[0]!)).toBe(true)

    const removed = await h.as('admin', { method: 'DELETE', url: `/api/v1/webhooks/${hook.id}` })
    expect(removed.statusCode).toBe(204)
    expect((await h.as('admin', { url: '/api/v1/webhooks' })).json().items).toEqual([])
    expect((await h.as('admin', { method: 'DELETE', url: `/api/v1/webhooks/${hook.id}` })).statusCode).toBe(
      404,
    )
    expect((await h.as('admin', { url: `/api/v1/webhooks/${hook.id}/deliveries` })).statusCode).toBe(404)

    const audit = async (action: string) =>
      h.ctx.deps.store.audit.list({ action, targetType: 'webhook', limit: 10, offset: 0 })
    const [created] = await audit('webhook.create')
    const [deleted] = await audit('webhook.delete')
    expect(created).toMatchObject({ userId: h.users.admin.id, targetId: String(hook.id) })
    expect(deleted).toMatchObject({ userId: h.users.admin.id, targetId: String(hook.id) })
    expect(JSON.stringify([created, deleted])).not.toContain(given)
  })

  it('every webhook route is for admins only: 403 for the other roles, 401 without a session', async () => {
    const hook = await addWebhook('/x')
    for (const r of webhookRoutes) {
      const options = {
        method: r.method,
        url: `/api/v1${r.path.replace('{id}', String(hook.id))}`,
        ...(r.body ? json({ url: receiver.url, events: allEvents }) : {}),
      }
      for (const role of ['reporter', 'editor', 'chief'] as const) {
        expect((await h.as(role, options)).statusCode, `${role} ${r.method} ${r.path}`).toBe(403)
      }
      expect((await h.as(null, options)).statusCode, `anonymous ${r.method} ${r.path}`).toBe(401)
    }
    expect((await h.as('admin', { url: '/api/v1/webhooks' })).json().items).toHaveLength(1)
  })
})
