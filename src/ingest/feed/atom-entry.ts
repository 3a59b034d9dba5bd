import { blankItem } from '../../core/normalized-item.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import { documentUri } from '../nitf/document-uri.ts'
import { attr, childElements, cleanText, firstChild, textOf } from '../nitf/xml-tree.ts'
import type { XmlElement } from '../nitf/xml-tree.ts'
import { atomBlocks, atomText } from './atom-text.ts'
import { feedSource, uniqueKeywords, withoutLeadImage } from './feed-item.ts'
import type { FeedInfo } from './feed-item.ts'
import { NS } from './feed-namespaces.ts'
import { feedPeople } from './feed-people.ts'
import { feedTime } from './feed-time.ts'
import { enclosureCandidate, mediaCandidates, pickLeadImage } from './media-rss.ts'
import { resolveBase, resolveUrl } from './resolve-url.ts'

/** What an Atom feed passes on to its entries beyond FeedInfo. */
export interface AtomFeed extends FeedInfo {
  /** The feed's `xml:base`, absolute, when it has one. */
  base: string | undefined
  authors: string[]
}

/**
 * One Atom `entry`. Its relative link resolves against the entry's `xml:base`, else the feed's, else the feed's own
 * web page (its alternate link, else self). `updated` is required by Atom but not always there: a missing or broken
 * date is warned, never fatal. Without `content`, the `summary` is the body.
 */
export function atomEntry(entry: XmlElement, feed: AtomFeed): NormalizedItem {
  const warnings: string[] = []
  const atom = (local: string) => firstChild(entry, local, NS.atom)
  const declaredBase = resolveBase(attr(entry, 'xml:base'), feed.base)
  const link = resolveUrl(alternateHref(entry), declaredBase ?? feed.link)
  const headline = atomText(atom('title'))
  const content = atom('content') ?? atom('summary')
  // Content resolves against xml:base where the feed declares one (RFC 4287), else against the story's own page.
  const contentBase = resolveBase(attr(content, 'xml:base'), declaredBase)
  const context = { base: contentBase ?? (link || feed.link), headline, warnings }
  const body = content ? atomBlocks(content, context) : []

  const published = feedTime(textOf(atom('published')), 'published', warnings)
  const updated = feedTime(textOf(atom('updated')), 'updated', warnings)
  if (!published && !updated) warnings.push('No usable date: updated and published are missing or unreadable')

  const authorsOf = (el: XmlElement | undefined) =>
    childElements(el, 'author', NS.atom).map((a) => cleanText(firstChild(a, 'name', NS.atom)))
  const authors =
    [authorsOf(entry), authorsOf(atom('source')), feed.authors].find((a) => a.some(Boolean)) ?? []
  const candidates = [
    ...mediaCandidates(entry),
    ...childElements(entry, 'link', NS.atom)
      .filter((l) => attr(l, 'rel') === 'enclosure')
      .flatMap((l) => enclosureCandidate(l, 'href', entry)),
  ]
  const leadImage = pickLeadImage(candidates, context.base)

  return {
    ...blankItem('atom', '1.0', uriOf(entry, link, warnings, [feed.link, headline, textOf(content)])),
    headline,
    summary: atomText(atom('summary')),
    body: withoutLeadImage(body, leadImage),
    ...feedPeople(authors, feed.title),
    source: feedSource(feed, link),
    provider: feed.title,
    copyrightNotice: atomText(atom('rights')) || feed.copyright,
    leadImage,
    language: attr(entry, 'xml:lang') || feed.language,
    keywords: uniqueKeywords(
      childElements(entry, 'category', NS.atom).map((c) => attr(c, 'label') || attr(c, 'term')),
    ),
    firstCreated: published,
    versionCreated: updated ?? published,
    warnings,
  }
}

/** The `link` to the entry's web page: rel alternate (or none), preferring an HTML one. */
export function alternateHref(el: XmlElement): string {
  const links = childElements(el, 'link', NS.atom).filter((l) => ['', 'alternate'].includes(attr(l, 'rel')))
  const html = links.find((l) => /html/i.test(attr(l, 'type'))) ?? links[0]
  return attr(html, 'href')
}

/** The entry's id, else its link, else (warned) a hash of what identifies it. */
function uriOf(entry: XmlElement, link: string, warnings: string[], identity: unknown[]): string {
  const id = cleanText(firstChild(entry, 'id', NS.atom))
  if (id) return id
  if (link) return link
  warnings.push('No id or link: the uri is a hash of the entry, so updates cannot be followed')
  return documentUri('atom', JSON.stringify(identity))
}
