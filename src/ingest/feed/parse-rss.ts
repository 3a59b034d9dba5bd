import { ParseError } from '../../core/errors.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import { guardParse } from '../nitf/parse-guard.ts'
import { attr, childElements, cleanText, firstChild, parseXmlTree } from '../nitf/xml-tree.ts'
import type { XmlElement } from '../nitf/xml-tree.ts'
import type { FeedInfo } from './feed-item.ts'
import { NS } from './feed-namespaces.ts'
import { rssItem } from './rss-item.ts'
import { resolveUrl } from './resolve-url.ts'

/**
 * Reads an RSS feed (2.0 and its predecessors, also in a default namespace; 1.0/RDF) as one normalized item per
 * `<item>`. The document must be well-formed XML: a broken feed is a ParseError with its line, never repaired.
 */
export function parseRss(text: string, options: { source: string }): NormalizedItem[] {
  return guardParse(options.source, 'RSS', () => read(text, options.source))
}

function read(text: string, source: string): NormalizedItem[] {
  const root = parseXmlTree(text, source)
  const rdf = root.local === 'RDF' && (NS.rdf as readonly string[]).includes(root.ns)
  if (root.local !== 'rss' && !rdf) {
    throw new ParseError({
      source,
      message: `Expected an RSS feed (root <rss> or <rdf:RDF>), found <${root.name}>`,
    })
  }
  const channel = firstChild(root, 'channel', NS.rss)
  if (!channel) throw new ParseError({ source, field: 'channel', message: 'The feed has no channel' })
  const feed = feedInfo(channel, root)
  const version = rdf ? '1.0' : attr(root, 'version')
  return childElements(rdf ? root : channel, 'item', NS.rss).map((item) => rssItem(item, feed, version))
}

function feedInfo(channel: XmlElement, root: XmlElement): FeedInfo {
  const rss = (local: string) => cleanText(firstChild(channel, local, NS.rss))
  const link = resolveUrl(rss('link'), undefined)
  return {
    title: rss('title'),
    link: /^https?:\/\//i.test(link) ? link : undefined,
    language: rss('language') || cleanText(firstChild(channel, 'language', NS.dc)) || attr(root, 'xml:lang'),
    copyright: rss('copyright') || cleanText(firstChild(channel, 'rights', NS.dc)),
  }
}
