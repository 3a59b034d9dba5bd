import { cacheKeys } from '../../core/cache-keys.ts'
import type { Store } from '../../core/ports.ts'
import { toZonedIso } from '../../core/time-format.ts'
import type { RenderedPage } from '../cache/rendered-page.ts'
import { chromeKeys, loadContext } from '../pages/site-loader.ts'
import { absoluteUrl, articlePath, sectionPath } from '../urls.ts'
import { element, textElement } from '../xml-text.ts'
import { NEWS_NS, SITEMAP_NS, storySitemapCount } from './sitemap-files.ts'

const XML = 'application/xml; charset=utf-8'
const TWO_DAYS = 2 * 86_400_000

/** The sitemap index: the site's pages, the story files, and the news sitemap. */
export async function renderSitemapIndex(store: Store, now: Date, perFile: number): Promise<RenderedPage> {
  const ctx = await loadContext(store, now)
  const site = ctx.settings.siteUrl
  const files = ['/sitemaps/pages.xml', '/sitemap-news.xml']
  for (let n = 1; n <= (await storySitemapCount(store, perFile)); n++)
    files.push(`/sitemaps/stories-${n}.xml`)
  const body = files
    .map((path) => element('sitemap', {}, textElement('loc', absoluteUrl(site, path))))
    .join('')
  return {
    status: 200,
    html: `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="${SITEMAP_NS}">${body}</sitemapindex>`,
    contentType: XML,
    keys: [...chromeKeys, cacheKeys.front],
  }
}

/** The front page and the section pages. */
export async function renderPagesSitemap(store: Store, now: Date): Promise<RenderedPage> {
  const ctx = await loadContext(store, now)
  const site = ctx.settings.siteUrl
  const [newest] = await store.articles.listPublished({ limit: 1 })
  const paths = ['/', ...ctx.sections.map((s) => sectionPath(s))]
  const body = paths
    .map((p) =>
      element(
        'url',
        {},
        textElement('loc', absoluteUrl(site, p)) + (newest ? textElement('lastmod', newest.modifiedAt) : ''),
      ),
    )
    .join('')
  return {
    status: 200,
    html: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="${SITEMAP_NS}">${body}</urlset>`,
    contentType: XML,
    keys: [...chromeKeys, cacheKeys.front],
  }
}

/**
 * The Google News sitemap: stories first published in the last two days, at most 1,000, with their first publication
 * time. It goes stale by itself as stories age out, so it lives at most ten minutes.
 */
export async function renderNewsSitemap(store: Store, now: Date): Promise<RenderedPage> {
  const ctx = await loadContext(store, now)
  const { settings } = ctx
  const sections = new Map(ctx.sections.map((s) => [s.id, s]))
  const since = new Date(now.getTime() - TWO_DAYS).toISOString()
  const stories = await store.articles.listPublished({ limit: 1000, since })
  const body = stories
    .map((a) => {
      const section = a.sectionId !== null ? (sections.get(a.sectionId) ?? null) : null
      const news = element(
        'news:news',
        {},
        element(
          'news:publication',
          {},
          textElement('news:name', settings.siteName) +
            textElement('news:language', a.language.split('-')[0]!.toLowerCase()),
        ) +
          textElement('news:publication_date', toZonedIso(a.firstPublishedAt!, settings.timeZone)) +
          textElement('news:title', a.headline),
      )
      return element(
        'url',
        {},
        textElement('loc', absoluteUrl(settings.siteUrl, articlePath(a, section))) + news,
      )
    })
    .join('')
  return {
    status: 200,
    html: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">${body}</urlset>`,
    contentType: XML,
    keys: [...chromeKeys, cacheKeys.front, ...stories.map((a) => cacheKeys.article(a.id))],
    expiresAt: now.getTime() + 10 * 60_000,
  }
}
