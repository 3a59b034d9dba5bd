import Fastify, { type FastifyInstance } from 'fastify'
import { API_PREFIX, registerApi } from '../../src/api/register-api.ts'
import type { ServiceDeps } from '../../src/services/service-deps.ts'

/** `METHOD /path` as the route table writes it: below /api/v1, with `{name}` parameters. */
const routeKey = (method: string, url: string) =>
  `${method} ${url.slice(API_PREFIX.length).replace(/:(\w+)/g, '{$1}')}`

/** Fastify answers HEAD for every GET by itself; only a HEAD route of its own would be a route to check. */
function withoutHeadMirrors(routes: { method: string; url: string }[]): string[] {
  const gets = new Set(routes.filter((r) => r.method === 'GET').map((r) => r.url))
  return routes
    .filter((r) => !(r.method === 'HEAD' && gets.has(r.url)))
    .map((r) => routeKey(r.method, r.url))
    .sort()
}

/** The routes `registerApi` registers, seen by an onRoute hook on a fresh Fastify instance. */
export async function registeredApiRoutes(deps: ServiceDeps): Promise<string[]> {
  const app = Fastify({ logger: false })
  const seen: { method: string; url: string }[] = []
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) seen.push({ method, url: r.url })
  })
  await registerApi(app, deps)
  await app.ready()
  await app.close()
  return withoutHeadMirrors(seen.filter((r) => r.url.startsWith(`${API_PREFIX}/`)))
}

/**
 * The routes the whole server answers under /api/v1, read from its own route tree (`printRoutes`), so a route
 * added anywhere else in the server is seen too.
 */
export function serverApiRoutes(app: FastifyInstance): string[] {
  const routes: { method: string; url: string }[] = []
  const stack: string[] = []
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)(?:[├└]── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line)
    if (!match) continue
    const depth = match[1]!.length / 4
    stack.length = depth
    stack.push(match[2]!)
    const url = `/${stack.join('').replace(/^\/+/, '')}`
    for (const method of match[3]?.split(', ') ?? []) routes.push({ method, url })
  }
  return withoutHeadMirrors(routes.filter((r) => r.url.startsWith(`${API_PREFIX}/`)))
}
