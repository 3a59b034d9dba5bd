import type { Settings } from '../../core/settings.ts'
import { toZonedIso } from '../../core/time-format.ts'
import { element, textElement } from '../xml-text.ts'
import type { FeedEntry } from './feed-entries.ts'
import { mediaContent } from './media-rss.ts'

/** Atom (RFC 4287): stable ids across updates, published and updated times with offsets, full HTML content. */
export function atomFeed(input: {
  settings: Settings
  title: string
  link: string
  selfUrl: string
  entries: FeedEntry[]
}): string {
  const { settings, entries } = input
  const zone = settings.timeZone
  const iso = (t: string) => toZonedIso(t, zone)
  const updatedOf = (e: FeedEntry) => e.article.updatedAt ?? e.article.firstPublishedAt!
  const newest = entries.map(updatedOf).sort().at(-1)
  const items = entries.map((e) => {
    const { article } = e
    const authors = article.contributors.length
      ? article.contributors.map((c) => element('author', {}, textElement('name', c.name)))
      : [element('author', {}, textElement('name', settings.siteName))]
    return element(
      'entry',
      {},
      [
        textElement('id', e.id),
        textElement('title', article.headline),
        element('link', { rel: 'alternate', type: 'text/html', href: e.url }),
        textElement('published', iso(article.firstPublishedAt!)),
        textElement('updated', iso(updatedOf(e))),
        ...authors,
        article.summary && textElement('summary', article.summary),
        textElement('content', e.html, { type: 'html' }),
        e.section && element('category', { term: e.section.slug, label: e.section.name }),
        ...article.tags.map((t) => element('category', { term: t })),
        mediaContent(settings.siteUrl, e.lead, article.leadImage),
      ]
        .filter(Boolean)
        .join(''),
    )
  })
  const feed = [
    textElement('id', input.selfUrl),
    textElement('title', input.title),
    settings.tagline && textElement('subtitle', settings.tagline),
    element('link', { rel: 'self', type: 'application/atom+xml', href: input.selfUrl }),
    element('link', { rel: 'alternate', type: 'text/html', href: input.link }),
    textElement('updated', iso(newest ?? new Date(0).toISOString())),
    element('author', {}, textElement('name', settings.siteName)),
    settings.rightsNotice && textElement('rights', settings.rightsNotice),
    textElement('generator', 'Dateline'),
    ...items,
  ]
    .filter(Boolean)
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    element(
      'feed',
      {
        xmlns: 'http://www.w3.org/2005/Atom',
        'xmlns:media': 'http://search.yahoo.com/mrss/',
        'xml:lang': settings.language,
      },
      feed,
    )
  )
}
