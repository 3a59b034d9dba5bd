import type { Settings } from '../../core/settings.ts'
import { toRfc822 } from '../../core/time-format.ts'
import { cdata, element, textElement } from '../xml-text.ts'
import type { FeedEntry } from './feed-entries.ts'
import { mediaContent } from './media-rss.ts'

/** RSS 2.0 with full content (content:encoded), bylines (dc:creator) and Media RSS pictures with credits. */
export function rssFeed(input: {
  settings: Settings
  title: string
  link: string
  selfUrl: string
  entries: FeedEntry[]
}): string {
  const { settings, entries } = input
  const zone = settings.timeZone
  const items = entries.map(({ article, url, id, html, lead, section }) =>
    element(
      'item',
      {},
      [
        textElement('title', article.headline),
        textElement('link', url),
        textElement('guid', id, { isPermaLink: 'false' }),
        article.summary && textElement('description', article.summary),
        `<content:encoded>${cdata(html)}</content:encoded>`,
        ...article.contributors.map((c) => textElement('dc:creator', c.name)),
        section && textElement('category', section.name),
        ...article.tags.map((t) => textElement('category', t)),
        textElement('pubDate', toRfc822(article.firstPublishedAt!, zone)),
        mediaContent(settings.siteUrl, lead, article.leadImage),
      ]
        .filter(Boolean)
        .join(''),
    ),
  )
  const newest = entries[0]?.article.updatedAt ?? entries[0]?.article.firstPublishedAt
  const channel = [
    textElement('title', input.title),
    textElement('link', input.link),
    textElement('description', settings.tagline || settings.siteName),
    textElement('language', settings.language),
    settings.rightsNotice && textElement('copyright', settings.rightsNotice),
    newest && textElement('lastBuildDate', toRfc822(newest, zone)),
    textElement('generator', 'Dateline'),
    element('atom:link', { href: input.selfUrl, rel: 'self', type: 'application/rss+xml' }),
    ...items,
  ]
    .filter(Boolean)
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    element(
      'rss',
      {
        version: '2.0',
        'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:media': 'http://search.yahoo.com/mrss/',
        'xmlns:atom': 'http://www.w3.org/2005/Atom',
      },
      element('channel', {}, channel),
    )
  )
}
