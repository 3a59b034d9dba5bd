import { blankItem } from '../../core/normalized-item.ts'
import type { NormalizedItem, WireBlock } from '../../core/normalized-item.ts'
import { documentUri } from '../nitf/document-uri.ts'
import { attr, childElements, cleanText, firstChild, textOf } from '../nitf/xml-tree.ts'
import type { XmlElement } from '../nitf/xml-tree.ts'
import { blocksText, feedHtmlBlocks } from './feed-html.ts'
import { feedSource, uniqueKeywords, withoutLeadImage } from './feed-item.ts'
import type { FeedInfo } from './feed-item.ts'
import { NS } from './feed-namespaces.ts'
import { authorName, feedPeople } from './feed-people.ts'
import { feedTime } from './feed-time.ts'
import { enclosureCandidate, mediaCandidates, pickLeadImage } from './media-rss.ts'
import { resolveUrl } from './resolve-url.ts'
import { htmlOf } from './xhtml-markup.ts'

/**
 * One RSS `item` (2.0, or 1.0 inside RDF). The body is the fullest text offered: `content:encoded`, else Yandex's
 * `full-text`, else the `description` (then also the summary). Dates: `pubDate` (or `dc:date`) is when the story
 * appeared, `atom:updated` when it last changed; neither is required, so a missing one is only warned.
 */
export function rssItem(item: XmlElement, feed: FeedInfo, formatVersion: string): NormalizedItem {
  const warnings: string[] = []
  const rss = (local: string) => firstChild(item, local, NS.rss)
  const link = resolveUrl(cleanText(rss('link')) || permalink(item) || attr(item, 'rdf:about'), feed.link)
  const headline = cleanText(rss('title'))
  const description = htmlOf(rss('description'))
  const context = { base: link || feed.link, headline, warnings }

  const full = [
    htmlOf(firstChild(item, 'encoded', NS.content)),
    htmlOf(firstChild(item, 'full-text', NS.yandex)),
  ]
  const fullText = full.find((html) => html.trim())
  const descriptionBlocks = description.trim() ? feedHtmlBlocks(description, context) : []
  const body: WireBlock[] = fullText ? feedHtmlBlocks(fullText, context) : descriptionBlocks

  const published =
    feedTime(textOf(rss('pubDate')), 'pubDate', warnings) ??
    feedTime(textOf(firstChild(item, 'date', NS.dc)), 'dc:date', warnings)
  const updated = feedTime(textOf(firstChild(item, 'updated', NS.atomInRss)), 'atom:updated', warnings)
  if (!published && !updated)
    warnings.push('No usable date: pubDate, dc:date and atom:updated are missing or unreadable')

  const authors = childElements(item, 'creator', NS.dc).map(cleanText)
  if (!authors.length)
    authors.push(...childElements(item, 'author', NS.rss).map((a) => authorName(cleanText(a))))
  const candidates = [
    ...mediaCandidates(item),
    ...childElements(item, 'enclosure', NS.rss).flatMap((e) => enclosureCandidate(e, 'url', item)),
  ]
  const leadImage = pickLeadImage(candidates, context.base)

  return {
    ...blankItem('rss', formatVersion, uriOf(item, link, warnings, [feed.link, headline, description])),
    headline,
    summary: blocksText(descriptionBlocks),
    body: withoutLeadImage(body, leadImage),
    ...feedPeople(authors, feed.title),
    source: feedSource(feed, link),
    provider: feed.title,
    copyrightNotice: cleanText(firstChild(item, 'rights', NS.dc)) || feed.copyright,
    leadImage,
    language: cleanText(firstChild(item, 'language', NS.dc)) || feed.language,
    keywords: uniqueKeywords([
      ...childElements(item, 'category', NS.rss).map(textOf),
      ...childElements(item, 'subject', NS.dc).map(textOf),
    ]),
    firstCreated: published,
    versionCreated: updated ?? published,
    warnings,
  }
}

/** The guid, else the link, else (warned) a hash of what identifies the item, so a re-poll still matches it. */
function uriOf(item: XmlElement, link: string, warnings: string[], identity: unknown[]): string {
  const guid = cleanText(firstChild(item, 'guid', NS.rss))
  if (guid) return guid
  if (link) return link
  warnings.push('No guid or link: the uri is a hash of the item, so updates cannot be followed')
  return documentUri('rss', JSON.stringify(identity))
}

/** A guid is the story's address unless it says `isPermaLink="false"` (RSS 2.0's default is true). */
function permalink(item: XmlElement): string {
  const guid = firstChild(item, 'guid', NS.rss)
  const value = cleanText(guid)
  return attr(guid, 'isPermaLink').toLowerCase() !== 'false' && /^https?:\/\//i.test(value) ? value : ''
}
