import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance } from 'fastify'
import { join } from 'node:path'
import { AppError } from '../core/errors.ts'
import type { Clock, Logger, Store } from '../core/ports.ts'
import type { RenderCache } from '../site/cache/render-cache.ts'
import { registerBrandRoutes } from '../site/brand-routes.ts'
import { registerSiteRoutes } from '../site/site-routes.ts'
import { JSON_BODY_LIMIT, registerApi } from '../api/register-api.ts'
import { registerAdminRoutes } from './admin-routes.ts'
import type { ServiceDeps } from '../services/service-deps.ts'

export interface ServerDeps {
  store: Store
  cache: RenderCache
  clock: Clock
  logger: Logger
  mediaDir: string
  services: ServiceDeps
  /** Stories per sitemap file (tests make it small). */
  sitemapSize?: number
  /** See Config.trustProxy. */
  trustProxy?: boolean | string
}

/** The HTTP server: media files, the reader site, and one place where errors become answers. */
export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    trustProxy: deps.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
    bodyLimit: JSON_BODY_LIMIT,
  })

  // Renditions are content-addressed: a file at an address never changes, so browsers and CDNs keep it for a year.
  await app.register(fastifyStatic, {
    root: join(deps.mediaDir, 'r'),
    prefix: '/media/r/',
    immutable: true,
    maxAge: '365d',
    index: false,
    list: false,
    decorateReply: false,
  })

  await registerApi(app, deps.services)
  await registerAdminRoutes(app)
  registerBrandRoutes(app, deps.store)
  registerSiteRoutes(app, deps)

  app.setErrorHandler((error, _req, reply) => {
    if (error instanceof AppError) {
      return reply.status(error.status).type('text/plain; charset=utf-8').send(error.message)
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500
    if (status >= 500) deps.logger.error(`Request failed: ${(error as Error).stack ?? error}`)
    return reply
      .status(status)
      .type('text/plain; charset=utf-8')
      .send(status >= 500 ? 'Internal error' : (error as Error).message)
  })
  return app
}
