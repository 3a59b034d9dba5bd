import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cdnPurger } from '../../src/services/site/cdn-purge.ts'
import { receiveDocument } from '../../src/services/wire/receive-document.ts'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'
import type { Role } from '../../src/core/roles.ts'

/** The `change` events of a finished event stream, each as its list of keys. */
const changes = (body: string) =>
  body
    .split('\n\n')
    .filter((block) => block.startsWith('event: change\n'))
    .map((block) => (JSON.parse(block.split('\ndata: ')[1]!) as { keys: string[] }).keys)

describe('live newsroom events (GET /api/v1/events)', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T04:00:00Z' })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  /** Opens a stream for `role` for one second, runs `during`, and gives back what the stream said. */
  const listen = async (role: Role, during: () => Promise<void>) => {
    const stream = h.as(role, { method: 'GET', url: '/api/v1/events?maxSeconds=1' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await during()
    const res = await stream
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8')
    expect(res.body.startsWith('retry: 5000\n\nevent: ready\n')).toBe(true)
    return changes(res.body)
  }

  it('tells an editor of changes on their desk, and nothing of another desk’s unpublished work', async () => {
    let own = 0
    let other = 0
    const heard = await listen('editor', async () => {
      own = (await api.create('reporter', { headline: 'Ferry timetable changes' })).id
      other = (await api.create('chief', { headline: 'Sport desk draft', deskId: h.deskB })).id
    })
    expect(heard).toEqual([[`desk:${h.deskA}`, `article:${own}`]])
    expect(JSON.stringify(heard)).not.toContain(String(other))

    // A chief works on every desk.
    const chief = await listen('chief', async () => {
      await api.create('chief', { headline: 'Another sport draft', deskId: h.deskB })
    })
    expect(chief).toHaveLength(1)
    expect(chief[0]).toContain(`desk:${h.deskB}`)
  })

  it('tells the desk of a new wire item in its queue, and of a story moving through the workflow', async () => {
    const story = await api.create('reporter', { headline: 'Tide tables' })
    const heard = await listen('editor', async () => {
      await receiveDocument(h.ctx.deps, {
        bytes: new TextEncoder().encode(
          JSON.stringify({ uri: 'urn:live:1', version: '1', headlines: [{ value: 'Storm warning issued' }] }),
        ),
        origin: 'live.json',
        deskName: 'International Desk',
      })
      await api.transition('reporter', story.id, 'submit', story.version)
    })
    expect(heard).toEqual([[`ingest:${h.deskA}`], [`desk:${h.deskA}`, `article:${story.id}`]])
  })

  it('ends at once with maxSeconds=0, and refuses anyone not signed in', async () => {
    const res = await h.as('reporter', { method: 'GET', url: '/api/v1/events?maxSeconds=0' })
    expect(res.body).toBe('retry: 5000\n\nevent: ready\ndata: {}\n\n')
    expect((await h.as(null, { method: 'GET', url: '/api/v1/events?maxSeconds=0' })).statusCode).toBe(401)
  })

  it('never sends newsroom keys to the CDN purge hook', async () => {
    const calls: string[] = []
    await h.ctx.deps.store.settings.set('purgeUrl', 'http://cdn.invalid/purge')
    const purger = cdnPurger({
      store: h.ctx.deps.store,
      logger: { info() {}, warn() {}, error() {} },
      fetch: async (_url, init) => {
        calls.push(String(init.body))
        return new Response('ok')
      },
    })
    const stop = h.ctx.deps.events.subscribe((c) => purger.purge(c))
    const draft = await api.create('reporter', { headline: 'A draft only' })
    await purger.flush()
    expect(calls).toEqual([])
    await api.transition('chief', draft.id, 'publish', draft.version)
    await purger.flush()
    expect(calls).toHaveLength(1)
    expect(calls[0]).not.toContain('newsroom:')
    expect(JSON.parse(calls[0]!).keys).toContain(`article:${draft.id}`)
    stop()
  })
})
