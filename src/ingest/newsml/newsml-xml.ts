import { isCDATA, isTag, isText } from 'domhandler'
import type { ChildNode, Element } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import { ParseError } from '../../core/errors.ts'
import { assertSafeXml, assertWellFormed } from '../xml/safe-xml.ts'

export type { Element } from 'domhandler'

/**
 * A checked NewsML document as a tree in document order, with each node's offset in the text (for bodies, which
 * are taken as their raw markup, and for the lines of errors). The checks are safe-xml's (no entity declarations or
 * DTD subsets; well-formed, else the line of the first fault); the tree is htmlparser2's XML mode rather than
 * fast-xml-parser's objects, which cost three times as long to build and lose the order of mixed content.
 */
export function parseNewsmlXml(text: string, source: string): Element | null {
  assertSafeXml(text, source)
  assertWellFormed(text, source)
  try {
    const document = parseDocument(text, { xmlMode: true, withStartIndices: true, withEndIndices: true })
    return document.children.find(isTag) ?? null
  } catch (cause) {
    throw new ParseError({ source, message: `Cannot read the XML: ${(cause as Error).message}`, cause })
  }
}

/** An element's name without its namespace prefix: producers write `newsItem` or `nar:newsItem`. */
export function localName(node: Element): string {
  const colon = node.name.indexOf(':')
  return colon === -1 ? node.name : node.name.slice(colon + 1)
}

/** Every child element with this local name, in document order. */
export function elements(node: Element | undefined, name: string): Element[] {
  if (!node) return []
  return node.children.filter((c): c is Element => isTag(c) && localName(c) === name)
}

export function element(node: Element | undefined, name: string): Element | undefined {
  return node?.children.find((c): c is Element => isTag(c) && localName(c) === name)
}

export function childElements(node: Element | undefined): Element[] {
  return node ? node.children.filter(isTag) : []
}

/** An attribute's value, trimmed; "" when absent. Entities are already decoded. */
export function attribute(node: Element | undefined, name: string): string {
  return node?.attribs[name]?.trim() ?? ''
}

/** The text of an element and its descendants as it is, line breaks included. */
export function rawText(node: Element | undefined): string {
  return node ? collect(node.children, 0) : ''
}

/** The text of an element and its descendants on one line, whitespace collapsed. */
export function text(node: Element | undefined): string {
  return rawText(node).replace(/\s+/g, ' ').trim()
}

/** Deeper than any label or headline; a hostile document nested deeper loses that text rather than the stack. */
const MAX_TEXT_DEPTH = 64

function collect(nodes: readonly ChildNode[], depth: number): string {
  let out = ''
  for (const node of nodes) {
    if (isText(node)) out += node.data
    else if ((isTag(node) || isCDATA(node)) && depth < MAX_TEXT_DEPTH)
      out += collect(node.children, depth + 1)
  }
  return out
}

/** The inner markup of an element exactly as the document has it, for bodies handed to the HTML readers. */
export function innerMarkup(node: Element | undefined, document: string): string {
  const first = node?.children[0]
  const last = node?.children.at(-1)
  if (!first || !last || first.startIndex == null || last.endIndex == null) return ''
  return document.slice(first.startIndex, last.endIndex + 1)
}

/** The first `name` child's text (a concept's label), else the `literal` attribute. */
export function conceptLabel(node: Element | undefined): string {
  return text(element(node, 'name')) || attribute(node, 'literal')
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
