import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock, Store } from '../core/ports.ts'
import type { CacheEntry } from './cache/encoded-entry.ts'
import type { RenderCache } from './cache/render-cache.ts'
import type { RenderedPage } from './cache/rendered-page.ts'
import { serveEntry } from './cache/serve-entry.ts'
import { renderArticlePage } from './pages/article-page.tsx'
import { renderFrontPage } from './pages/front-page.tsx'
import { renderNotFoundPage } from './pages/not-found-page.tsx'
import { renderSectionPage } from './pages/section-page.tsx'

export interface SiteDeps {
  store: Store
  cache: RenderCache
  clock: Clock
}

const pageNumber = (query: unknown): number => {
  const raw = (query as { page?: string }).page
  if (raw === undefined) return 1
  return /^\d{1,4}$/.test(raw) ? Number(raw) : 0
}

/**
 * The reader site's routes. Each builds a cache key from the parts of the address that matter (unknown query
 * parameters are ignored, so they cannot fill the cache), then serves from the render cache.
 */
export function registerSiteRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { store, cache, clock } = deps

  const write = (entry: CacheEntry, req: FastifyRequest, reply: FastifyReply) => {
    reply.hijack()
    serveEntry(entry, req, reply.raw)
  }

  const notFound = async (req: FastifyRequest, reply: FastifyReply) => {
    const entry = await cache.get('404', () => renderNotFoundPage(store, clock.now()))
    write(entry!, req, reply)
  }

  const serve = (key: string, render: () => Promise<RenderedPage | null>) =>
    async function handler(req: FastifyRequest, reply: FastifyReply) {
      const found = cache.get(key, render)
      const entry = found instanceof Promise ? await found : found
      if (!entry) return notFound(req, reply)
      write(entry, req, reply)
    }

  app.get('/', (req, reply) => {
    if (pageNumber(req.query) !== 1) return notFound(req, reply)
    return serve('/', () => renderFrontPage(store, clock.now()))(req, reply)
  })

  app.get<{ Params: { section: string } }>('/:section', (req, reply) => {
    const page = pageNumber(req.query)
    if (page < 1) return notFound(req, reply)
    const { section } = req.params
    const key = page > 1 ? `/${section}?page=${page}` : `/${section}`
    return serve(key, () => renderSectionPage(store, { slug: section, page }, clock.now()))(req, reply)
  })

  const article = (
    req: FastifyRequest<{ Params: { section: string; id: string; slug?: string } }>,
    reply: FastifyReply,
  ) => {
    const { section, id, slug } = req.params
    const address = { sectionSlug: section, id: Number(id), slug: slug ?? null }
    const key = `/${section}/${id}/${slug === undefined ? '' : encodeURIComponent(slug)}`
    return serve(key, () => renderArticlePage(store, address, clock.now()))(req, reply)
  }
  app.get('/:section/:id(^\\d{1,12}$)', article)
  app.get('/:section/:id(^\\d{1,12}$)/:slug', article)

  app.setNotFoundHandler((req, reply) => notFound(req, reply))
}
