import type { WireBlock } from '../../core/normalized-item.ts'
import type { ChildNode } from 'domhandler'
import { domToBlocks, htmlToBlocks } from '../html/html-to-blocks.ts'
import { textToBlocks } from '../html/text-to-blocks.ts'
import { xmlToHtml } from './newsml-markup.ts'
import { isNitf, nitfParts } from './newsml-nitf.ts'
import { preformattedAsHtml } from './newsml-preformatted.ts'
import {
  attribute,
  childElements,
  elements,
  escapeText,
  innerMarkup,
  localName,
  rawText,
} from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

export interface TextBody {
  blocks: WireBlock[]
  /** From an inline NITF document's head, as fallbacks for the item's own headline and byline. */
  nitfHeadline: string
  nitfByline: string
}

type Kind = 'xhtml' | 'nitf' | 'html-text' | 'text' | 'xml'
interface Candidate {
  kind: Kind
  node: Element
  contentType: string
}

const XHTML_ROOTS = /^(?:html|body|div|p|section|article|h[1-6]|ul|ol|table|blockquote|figure)$/
const PREFERENCE: Kind[] = ['xhtml', 'nitf', 'html-text', 'text', 'xml']

/**
 * The body of a text item from its contentSet. Of several, XHTML (`application/xhtml+xml`, also Reuters'
 * `application/xhtml+html`) comes first, then inline NITF, then `inlineData` as text; other inline XML last, read as
 * XHTML with a warning. A body that is one preformatted `<p>` is split into its paragraphs (preformattedAsHtml).
 */
export function textBodyOf(
  contentSet: Element | undefined,
  context: { document: string; headline: string; warnings: string[] },
): TextBody {
  const none: TextBody = { blocks: [], nitfHeadline: '', nitfByline: '' }
  const candidates = [
    ...elements(contentSet, 'inlineXML').map(inlineXmlCandidate),
    ...elements(contentSet, 'inlineData').map(inlineDataCandidate),
  ].filter((c): c is Candidate => c !== null)
  const chosen = PREFERENCE.flatMap((kind) => candidates.filter((c) => c.kind === kind))[0]
  if (!chosen) return none
  const html = (markup: string) => {
    const result = htmlToBlocks(preformattedAsHtml(markup) ?? markup, { dropHeadline: context.headline })
    context.warnings.push(...result.warnings)
    return result.blocks
  }
  switch (chosen.kind) {
    case 'nitf': {
      const parts = nitfParts(childElements(chosen.node).find(isNitf)!, context.document)
      return { blocks: html(parts.html), nitfHeadline: parts.headline, nitfByline: parts.byline }
    }
    case 'text': {
      const value = rawText(chosen.node)
      const asHtml = preformattedAsHtml(`<p>${escapeText(value)}</p>`)
      return {
        ...none,
        blocks: asHtml ? html(asHtml) : textToBlocks(value, { dropHeadline: context.headline }),
      }
    }
    case 'html-text':
      return { ...none, blocks: html(rawText(chosen.node)) }
    case 'xml':
      context.warnings.push(`Read an inline body of type ${chosen.contentType || 'unknown'} as XHTML`)
      return { ...none, blocks: html(xmlToHtml(innerMarkup(chosen.node, context.document))) }
    case 'xhtml': {
      // A single <p> of laid-out text (Reuters) needs its markup; any other body is walked as the tree it already is.
      const markup = innerMarkup(chosen.node, context.document)
      if (preformattedAsHtml(markup)) return { ...none, blocks: html(markup) }
      const result = domToBlocks(xhtmlBody(chosen.node), { dropHeadline: context.headline })
      context.warnings.push(...result.warnings)
      return { ...none, blocks: result.blocks }
    }
  }
}

/** The content of an inline XHTML document's <body>, or of the inlineXML itself when it holds no <html>. */
function xhtmlBody(node: Element): ChildNode[] {
  const html = childElements(node).find((e) => localName(e).toLowerCase() === 'html')
  const body = html && childElements(html).find((e) => localName(e).toLowerCase() === 'body')
  return (body ?? html ?? node).children
}

/** inlineXML by its content type or, when that says nothing, by its root element. Comments alone are no body. */
function inlineXmlCandidate(node: Element): Candidate | null {
  const contentType = attribute(node, 'contenttype').toLowerCase()
  const roots = childElements(node)
  const root = roots[0] ? localName(roots[0]).toLowerCase() : ''
  if (!root && !rawText(node).trim()) return null
  if (roots.some(isNitf)) return { kind: 'nitf', node, contentType }
  if (contentType.includes('html') || XHTML_ROOTS.test(root)) return { kind: 'xhtml', node, contentType }
  return { kind: 'xml', node, contentType }
}

/** inlineData holds text: plain, or escaped HTML. Encoded binary data (base64) is not a body. */
function inlineDataCandidate(node: Element): Candidate | null {
  const contentType = attribute(node, 'contenttype').toLowerCase()
  if (!rawText(node).trim() || attribute(node, 'encoding')) return null
  if (contentType.includes('html')) return { kind: 'html-text', node, contentType }
  if (!contentType || contentType.startsWith('text/')) return { kind: 'text', node, contentType }
  return null
}
