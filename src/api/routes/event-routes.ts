import { z } from 'zod'
import { visibleNewsroomKeys } from '../../core/newsroom-keys.ts'
import { route, type ApiRoute } from '../api-route.ts'

/** A comment line this often keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 25_000

const eventsQuery = z.strictObject({
  maxSeconds: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(1800)
    .describe(
      'Close the stream after this long (EventSource reconnects, signing in anew); 0 sends `ready` only',
    ),
})

export const eventRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/events',
    summary:
      'Live newsroom changes as server-sent events: `event: change`, data `{"keys": ["desk:3", "ingest:3", "article:12"]}` for your desks',
    tag: 'events',
    access: 'reporter',
    query: eventsQuery,
    async handler({ deps, principal, query, req, reply }) {
      const actor = principal!.actor
      reply.hijack()
      const res = reply.raw
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
      })
      res.write('retry: 5000\n\nevent: ready\ndata: {}\n\n')
      let closed = false
      const unsubscribe = deps.changes.subscribe((change) => {
        const keys = visibleNewsroomKeys(actor, change.keys)
        if (keys.length > 0) res.write(`event: change\ndata: ${JSON.stringify({ keys })}\n\n`)
      })
      const beat = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS)
      const end = () => {
        if (closed) return
        closed = true
        clearInterval(beat)
        clearTimeout(timer)
        unsubscribe()
        res.end()
      }
      const timer = setTimeout(end, query.maxSeconds * 1000)
      req.raw.on('close', end)
    },
  }),
]
