import type { WireBlock } from '../../core/normalized-item.ts'
import { attr, cleanText, textOf } from '../nitf/xml-tree.ts'
import type { XmlElement } from '../nitf/xml-tree.ts'
import { feedHtmlBlocks, feedTextBlocks, htmlText } from './feed-html.ts'
import type { FeedHtmlContext } from './feed-html.ts'
import { htmlOf, xhtmlMarkup } from './xhtml-markup.ts'

/**
 * An Atom text construct (`title`, `summary`, `rights`) as plain text: `html` is escaped markup, unescaped once by the
 * XML parser and then read as HTML exactly once (so `&amp;#8217;` is ’, and `&amp;amp;#8217;` stays `&#8217;`);
 * `xhtml` is markup inside a `div`; `text` is text.
 */
export function atomText(construct: XmlElement | undefined): string {
  if (!construct) return ''
  const type = attr(construct, 'type').toLowerCase()
  if (type === 'html') return htmlText(htmlOf(construct))
  if (type === 'xhtml') return htmlText(xhtmlMarkup(construct))
  return cleanText(construct)
}

/**
 * Atom `content` (or a `summary` standing in for it) as blocks by its type: html, xhtml, text, or a MIME type of
 * those. Out-of-line content (`src=`) and other media types have no body here, warned.
 */
export function atomBlocks(construct: XmlElement, context: FeedHtmlContext): WireBlock[] {
  if (attr(construct, 'src')) {
    context.warnings.push(`The content is out of line (${attr(construct, 'src')}): no body`)
    return []
  }
  const type = attr(construct, 'type').toLowerCase() || 'text'
  if (type === 'html' || type === 'text/html') return feedHtmlBlocks(htmlOf(construct), context)
  if (type === 'xhtml' || type === 'application/xhtml+xml')
    return feedHtmlBlocks(xhtmlMarkup(construct), context)
  if (type === 'text' || type.startsWith('text/')) return feedTextBlocks(textOf(construct), context.headline)
  context.warnings.push(`Content of type ${type} is not text: no body`)
  return []
}
