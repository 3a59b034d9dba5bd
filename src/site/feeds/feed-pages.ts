import { cacheKeys } from '../../core/cache-keys.ts'
import type { Store } from '../../core/ports.ts'
import type { RenderedPage } from '../cache/rendered-page.ts'
import { chromeKeys, loadContext } from '../pages/site-loader.ts'
import { absoluteUrl, sectionPath } from '../urls.ts'
import { atomFeed } from './atom-feed.ts'
import { loadFeedEntries, type FeedEntry } from './feed-entries.ts'
import { rssFeed } from './rss-feed.ts'

export type FeedFormat = 'rss' | 'atom'

export const feedPath = (format: FeedFormat, sectionSlug?: string) =>
  `${sectionSlug ? `/${sectionSlug}` : ''}/${format === 'rss' ? 'feed.xml' : 'atom.xml'}`

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
}

const entryKeys = (entries: FeedEntry[]) =>
  entries.flatMap((e) => [cacheKeys.article(e.article.id), ...(e.lead ? [cacheKeys.asset(e.lead.id)] : [])])

/** The site's feed, or a section's (null for an unknown section), in RSS 2.0 or Atom. */
export async function renderFeed(
  store: Store,
  query: { format: FeedFormat; sectionSlug?: string },
  now: Date,
): Promise<RenderedPage | null> {
  const ctx = await loadContext(store, now)
  const { settings } = ctx
  const section = query.sectionSlug ? ctx.sections.find((s) => s.slug === query.sectionSlug) : undefined
  if (query.sectionSlug && !section) return null
  const entries = await loadFeedEntries(store, {
    siteUrl: settings.siteUrl,
    sections: ctx.sections,
    ...(section ? { sectionId: section.id } : {}),
  })
  const input = {
    settings,
    title: section ? `${section.name} | ${settings.siteName}` : settings.siteName,
    link: absoluteUrl(settings.siteUrl, section ? sectionPath(section) : '/'),
    selfUrl: absoluteUrl(settings.siteUrl, feedPath(query.format, section?.slug)),
    entries,
  }
  return {
    status: 200,
    html: query.format === 'rss' ? rssFeed(input) : atomFeed(input),
    contentType: CONTENT_TYPES[query.format],
    keys: [...chromeKeys, section ? cacheKeys.section(section.id) : cacheKeys.front, ...entryKeys(entries)],
  }
}
