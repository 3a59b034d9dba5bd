import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Clock, Store } from '../core/ports.ts'
import type { CacheEntry } from './cache/encoded-entry.ts'
import type { RenderCache } from './cache/render-cache.ts'
import type { RenderedPage } from './cache/rendered-page.ts'
import { serveEntry } from './cache/serve-entry.ts'
import { renderArticlePage } from './pages/article-page.tsx'
import { renderFrontPage } from './pages/front-page.tsx'
import { renderNotFoundPage } from './pages/not-found-page.tsx'
import { queryTerms, renderSearchPage, searchKey } from './pages/search-page.tsx'
import {
  renderArchivePage,
  renderAuthorPage,
  renderSectionPage,
  renderTagPage,
  renderTopicPage,
} from './pages/list-pages.tsx'
import { loadContext } from './pages/site-loader.ts'
import { feedPath, renderFeed } from './feeds/feed-pages.ts'
import { sendStream } from './send-stream.ts'
import { storySitemapRange, URLS_PER_SITEMAP } from './sitemaps/sitemap-files.ts'
import { renderNewsSitemap, renderPagesSitemap, renderSitemapIndex } from './sitemaps/sitemap-pages.ts'
import { storySitemap } from './sitemaps/story-sitemap.ts'
import { Readable } from 'node:stream'
import { cacheKeys } from '../core/cache-keys.ts'
import type { Settings } from '../core/settings.ts'
import { loadSettings } from '../services/settings-service.ts'
import { robotsTxt, tdmHeaders, tdmRepJson } from './rights-signals.ts'

export interface SiteDeps {
  store: Store
  cache: RenderCache
  clock: Clock
  /** Stories per sitemap file; 50,000 (the standard's limit) unless a test wants small files. */
  sitemapSize?: number
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
    const entry = await cache.get(
      '404',
      withRights(() => renderNotFoundPage(store, clock.now())),
    )
    write(entry!, req, reply)
  }

  /**
   * Every answer carries the site's rights signals (TDMRep headers), so it depends on the settings as well as on
   * what it shows.
   */
  const withRights =
    (render: () => Promise<RenderedPage | null>) => async (): Promise<RenderedPage | null> => {
      const [page, settings] = await Promise.all([render(), loadSettings(store)])
      if (!page) return null
      return {
        ...page,
        keys: page.keys.includes(cacheKeys.settings) ? page.keys : [...page.keys, cacheKeys.settings],
        headers: { ...tdmHeaders(settings), ...page.headers },
      }
    }

  const serve = (key: string, render: () => Promise<RenderedPage | null>) =>
    async function handler(req: FastifyRequest, reply: FastifyReply) {
      const found = cache.get(key, withRights(render))
      const entry = found instanceof Promise ? await found : found
      if (!entry) return notFound(req, reply)
      write(entry, req, reply)
    }

  const textFile = (contentType: string, text: (settings: Settings) => string) => async () => ({
    status: 200 as const,
    html: text(await loadSettings(store)),
    contentType,
    keys: [cacheKeys.settings],
  })
  app.get('/robots.txt', serve('/robots.txt', textFile('text/plain; charset=utf-8', robotsTxt)))
  app.get(
    '/.well-known/tdmrep.json',
    serve('/.well-known/tdmrep.json', textFile('application/json; charset=utf-8', tdmRepJson)),
  )

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

  /** A list page: its cache key is the address without unknown parameters, plus the page number. */
  const list = (path: string, page: number, render: () => Promise<RenderedPage | null>) =>
    serve(page > 1 ? `${path}?page=${page}` : path, render)

  app.get<{ Params: { slug: string } }>('/tag/:slug', (req, reply) => {
    const page = pageNumber(req.query)
    if (page < 1) return notFound(req, reply)
    const { slug } = req.params
    return list(`/tag/${slug}`, page, () => renderTagPage(store, { slug, page }, clock.now()))(req, reply)
  })
  app.get<{ Params: { code: string } }>('/topic/:code', (req, reply) => {
    const page = pageNumber(req.query)
    if (page < 1) return notFound(req, reply)
    const { code } = req.params
    return list(`/topic/${code}`, page, () => renderTopicPage(store, { code, page }, clock.now()))(req, reply)
  })
  app.get<{ Params: { slug: string } }>('/author/:slug', (req, reply) => {
    const page = pageNumber(req.query)
    if (page < 1) return notFound(req, reply)
    const { slug } = req.params
    return list(`/author/${slug}`, page, () => renderAuthorPage(store, { slug, page }, clock.now()))(
      req,
      reply,
    )
  })
  const archive = (
    req: FastifyRequest<{ Params: { year: string; month: string; day?: string } }>,
    reply: FastifyReply,
  ) => {
    const page = pageNumber(req.query)
    const { year, month, day } = req.params
    if (
      page < 1 ||
      !/^\d{4}$/.test(year) ||
      !/^\d{2}$/.test(month) ||
      (day !== undefined && !/^\d{2}$/.test(day))
    ) {
      return notFound(req, reply)
    }
    const path = `/archive/${year}/${month}${day ? `/${day}` : ''}`
    const q = { year: Number(year), month: Number(month), ...(day ? { day: Number(day) } : {}), page }
    return list(path, page, () => renderArchivePage(store, q, clock.now()))(req, reply)
  }
  app.get('/archive/:year/:month', archive)
  app.get('/archive/:year/:month/:day', archive)

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

  app.get('/search', (req, reply) => {
    const search = { terms: queryTerms(req.query), page: pageNumber(req.query) }
    if (search.page < 1) return notFound(req, reply)
    return serve(searchKey(search), () => renderSearchPage(store, search, clock.now()))(req, reply)
  })

  for (const format of ['rss', 'atom'] as const) {
    app.get(feedPath(format), (req, reply) =>
      serve(feedPath(format), () => renderFeed(store, { format }, clock.now()))(req, reply),
    )
    app.get<{ Params: { section: string } }>(`/:section${feedPath(format)}`, (req, reply) => {
      const sectionSlug = req.params.section
      const key = feedPath(format, sectionSlug)
      return serve(key, () => renderFeed(store, { format, sectionSlug }, clock.now()))(req, reply)
    })
  }

  const perFile = deps.sitemapSize ?? URLS_PER_SITEMAP
  app.get(
    '/sitemap.xml',
    serve('/sitemap.xml', () => renderSitemapIndex(store, clock.now(), perFile)),
  )
  app.get(
    '/sitemap-news.xml',
    serve('/sitemap-news.xml', () => renderNewsSitemap(store, clock.now())),
  )
  app.get<{ Params: { file: string } }>('/sitemaps/:file', async (req, reply) => {
    if (req.params.file === 'pages.xml') {
      return serve('/sitemaps/pages.xml', () => renderPagesSitemap(store, clock.now()))(req, reply)
    }
    const n = /^stories-(\d{1,6})\.xml$/.exec(req.params.file)?.[1]
    const range = n ? await storySitemapRange(store, Number(n), perFile) : null
    if (!range) return notFound(req, reply)
    const { settings, sections } = await loadContext(store, clock.now())
    reply.headers(tdmHeaders(settings))
    const stream = Readable.from(storySitemap(store, { settings, sections, range, limit: perFile }))
    return sendStream(req, reply, stream, 'application/xml; charset=utf-8')
  })

  app.setNotFoundHandler((req, reply) => notFound(req, reply))
}
