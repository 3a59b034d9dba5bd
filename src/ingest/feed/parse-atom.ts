import { ParseError } from '../../core/errors.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import { guardParse } from '../nitf/parse-guard.ts'
import { attr, childElements, cleanText, firstChild, parseXmlTree } from '../nitf/xml-tree.ts'
import type { XmlElement } from '../nitf/xml-tree.ts'
import { alternateHref, atomEntry } from './atom-entry.ts'
import type { AtomFeed } from './atom-entry.ts'
import { atomText } from './atom-text.ts'
import { NS } from './feed-namespaces.ts'
import { resolveBase } from './resolve-url.ts'

/**
 * Reads an Atom 1.0 feed (RFC 4287) as one normalized item per `<entry>`. The document must be well-formed XML: a
 * broken feed is a ParseError with its line, never repaired.
 */
export function parseAtom(text: string, options: { source: string }): NormalizedItem[] {
  return guardParse(options.source, 'Atom', () => read(text, options.source))
}

function read(text: string, source: string): NormalizedItem[] {
  const root = parseXmlTree(text, source)
  if (root.local !== 'feed' || !(NS.atom as readonly string[]).includes(root.ns)) {
    throw new ParseError({ source, message: `Expected an Atom feed (root <feed>), found <${root.name}>` })
  }
  const feed = feedInfo(root)
  return childElements(root, 'entry', NS.atom).map((entry) => atomEntry(entry, feed))
}

/** The feed's title, base and web page. Its alternate link, resolved, is where relative entry links point. */
function feedInfo(root: XmlElement): AtomFeed {
  const atom = (local: string) => firstChild(root, local, NS.atom)
  const base = resolveBase(attr(root, 'xml:base'), undefined)
  const self = childElements(root, 'link', NS.atom).find((l) => attr(l, 'rel') === 'self')
  const selfUrl = resolveBase(attr(self, 'href'), base)
  const link = resolveBase(alternateHref(root), base ?? selfUrl)
  return {
    title: atomText(atom('title')),
    link,
    base,
    language: attr(root, 'xml:lang'),
    copyright: atomText(atom('rights')),
    authors: childElements(root, 'author', NS.atom).map((a) => cleanText(firstChild(a, 'name', NS.atom))),
  }
}
