import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../core/ports.ts'
import { openStore } from '../../store/open-store.ts'
import { testDatabases } from '../../../test/support/test-databases.ts'
import { deliverDueWebhooks } from './deliver-webhooks.ts'

/** A real receiver on 127.0.0.1; `handle` answers each request (or does not). */
async function startReceiver(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const paths: string[] = []
  const server = createServer((req, res) => {
    paths.push(req.url ?? '')
    req.resume().on('end', () => handle(req, res))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const logger = { info() {}, warn() {}, error: (m: string) => console.error(m) }

for (const { db, skip } of testDatabases) {
  describe.skipIf(skip)(`deliverDueWebhooks() on ${db.name}`, () => {
    let store: Store
    let options: Awaited<ReturnType<typeof db.create>>
    let now = new Date('2024-05-16T03:00:00Z')
    const clock = { now: () => now }
    const deps = () => ({ store, clock, logger })
    beforeEach(async () => {
      options = await db.create()
      store = await openStore(options)
      now = new Date('2024-05-16T03:00:00Z')
    })
    afterEach(async () => {
      await store.close()
      await options.cleanup()
    })

    const queue = async (url: string, count = 1) => {
      const hook = await store.webhooks.create({
        url,
        secret: 'whsec_test_0123456789abcdef0123456789',
        events: ['article.published'],
        active: true,
        createdAt: now.toISOString(),
      })
      for (let i = 0; i < count; i++) {
        const payload = JSON.stringify({ event: 'article.published', article: { id: i + 1 } })
        await store.deliveries.enqueue({
          webhookId: hook.id,
          event: 'article.published',
          payload,
          at: now.toISOString(),
        })
      }
      return hook.id
    }
    const entry = async (webhookId: number) => (await store.deliveries.list(webhookId, 1))[0]!

    it('gives up on a receiver that does not answer in time, and tries again later', async () => {
      const receiver = await startReceiver(() => {})
      try {
        const id = await queue(receiver.url)
        const run = await deliverDueWebhooks(deps(), { timeoutMs: 200 })
        expect(run.retrying).toHaveLength(1)
        expect(await entry(id)).toMatchObject({
          status: 'pending',
          attempts: 1,
          lastStatusCode: null,
          lastError: 'No answer within 0.2 s',
        })
      } finally {
        await receiver.close()
      }
    })

    it('does not follow a redirect, and says where it pointed', async () => {
      const receiver = await startReceiver((req, res) =>
        req.url === '/hook' ? res.writeHead(302, { location: '/elsewhere' }).end() : res.writeHead(200).end(),
      )
      try {
        const id = await queue(`${receiver.url}/hook`)
        await deliverDueWebhooks(deps())
        expect(receiver.paths).toEqual(['/hook'])
        expect(await entry(id)).toMatchObject({
          status: 'pending',
          lastStatusCode: 302,
          lastError: 'HTTP 302: redirects are not followed (to /elsewhere)',
        })
      } finally {
        await receiver.close()
      }
    })

    it('records a refused connection with its reason', async () => {
      const closed = await startReceiver(() => {})
      await closed.close()
      const id = await queue(`${closed.url}/hook`)
      await deliverDueWebhooks(deps())
      expect(await entry(id)).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null })
      expect((await entry(id)).lastError).toMatch(/ECONNREFUSED/)
    })

    it('leaves a delivery another process has claimed, until that claim runs out', async () => {
      const receiver = await startReceiver((_req, res) => res.writeHead(204).end())
      try {
        const id = await queue(receiver.url)
        const [due] = await store.deliveries.due(now.toISOString(), 10)
        // A process that claimed the attempt and then died before recording it.
        expect(await store.deliveries.claim(due!.id, 0, '2024-05-16T03:01:10Z')).toBe(true)
        expect((await deliverDueWebhooks(deps())).delivered).toEqual([])
        now = new Date('2024-05-16T03:01:11Z')
        expect((await deliverDueWebhooks(deps())).delivered).toEqual([due!.id])
        expect(await entry(id)).toMatchObject({ status: 'delivered', attempts: 2, lastStatusCode: 204 })
        expect(receiver.paths).toHaveLength(1)
      } finally {
        await receiver.close()
      }
    })

    it('sends each delivery once when two processes run it at once on the same database', async () => {
      const receiver = await startReceiver((_req, res) => setTimeout(() => res.writeHead(200).end(), 5))
      const other = await openStore(options)
      try {
        await queue(receiver.url, 12)
        const runs = await Promise.all([
          deliverDueWebhooks(deps()),
          deliverDueWebhooks({ store: other, clock, logger }),
        ])
        const delivered = runs.flatMap((r) => r.delivered)
        expect(receiver.paths).toHaveLength(12)
        expect(new Set(delivered).size).toBe(12)
        expect(delivered).toHaveLength(12)
      } finally {
        await other.close()
        await receiver.close()
      }
    })
  })
}
