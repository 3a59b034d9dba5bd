import { ParseError } from '../../core/errors.ts'
import { parseSafeXml } from '../xml/safe-xml.ts'

/** An element with its namespace resolved, children in document order (mixed content keeps its order). */
export interface XmlElement {
  /** As written, with any prefix: `media:content`. */
  name: string
  /** Without the prefix: `content`. */
  local: string
  /** The namespace URI in scope, '' when none. */
  ns: string
  attrs: Readonly<Record<string, string>>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

/** fast-xml-parser's preserveOrder shape: `{name: children, ':@': attributes}` or `{'#text': text}`. */
type OrderedNode = Record<string, unknown>

/**
 * Ordered, untrimmed, so mixed content (`<p>a <em>b</em> c</p>`) keeps its spaces. HTML's named entities are
 * decoded once: NITF's DTD declares them and feeds use them without one; `&amp;nbsp;` still stays `&nbsp;`.
 */
const OPTIONS = { preserveOrder: true, trimValues: false, htmlEntities: true }
const XML_NS = 'http://www.w3.org/XML/1998/namespace'

/** A checked, parsed document as a tree (entities refused, well-formedness checked: see parseSafeXml). */
export function parseXmlTree(text: string, source: string): XmlElement {
  const ordered = parseSafeXml(text, source, OPTIONS) as unknown as OrderedNode[]
  const root = convert(ordered, new Map([['xml', XML_NS]])).find(isElement)
  if (!root) throw new ParseError({ source, message: 'No root element' })
  return root
}

// fast-xml-parser caps nesting at 100 levels, so this recursion stays shallow.
function convert(nodes: readonly OrderedNode[], scope: ReadonlyMap<string, string>): XmlNode[] {
  const out: XmlNode[] = []
  for (const node of nodes) {
    const text = node['#text']
    if (text !== undefined) {
      out.push(String(text))
      continue
    }
    const name = Object.keys(node).find((k) => k !== ':@')
    if (!name) continue
    const attrs: Record<string, string> = {}
    for (const [key, value] of Object.entries((node[':@'] ?? {}) as Record<string, unknown>)) {
      attrs[key.replace(/^@/, '')] = String(value)
    }
    const inner = withDeclarations(scope, attrs)
    const colon = name.indexOf(':')
    const prefix = colon > 0 ? name.slice(0, colon) : ''
    const children = convert((node[name] ?? []) as OrderedNode[], inner)
    out.push({ name, local: name.slice(colon + 1), ns: inner.get(prefix) ?? '', attrs, children })
  }
  return out
}

function withDeclarations(
  scope: ReadonlyMap<string, string>,
  attrs: Record<string, string>,
): ReadonlyMap<string, string> {
  const declared = Object.keys(attrs).filter((k) => k === 'xmlns' || k.startsWith('xmlns:'))
  if (!declared.length) return scope
  const inner = new Map(scope)
  for (const key of declared) inner.set(key === 'xmlns' ? '' : key.slice(6), attrs[key]!.trim())
  return inner
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string'
}

/** Namespaces to accept: one URI, any of several, or (undefined) any namespace at all. */
export type NsMatch = string | readonly string[] | undefined

function nsMatches(el: XmlElement, ns: NsMatch): boolean {
  return ns === undefined || (typeof ns === 'string' ? el.ns === ns : ns.includes(el.ns))
}

/** Child elements, optionally only those with this local name (and namespace). */
export function childElements(el: XmlElement | undefined, local?: string, ns?: NsMatch): XmlElement[] {
  if (!el) return []
  return el.children.filter(
    (c): c is XmlElement => isElement(c) && (local === undefined || c.local === local) && nsMatches(c, ns),
  )
}

export function firstChild(el: XmlElement | undefined, local: string, ns?: NsMatch): XmlElement | undefined {
  return childElements(el, local, ns)[0]
}

/** The first element down a path of local names, any namespace: `descend(nitf, 'head', 'docdata')`. */
export function descend(el: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  return path.reduce<XmlElement | undefined>((at, local) => firstChild(at, local), el)
}

/** Elements whose text is code, never words: left out of every text taken from the tree. */
const CODE = new Set(['script', 'style'])

/** All the text inside a node, as written (entities decoded, whitespace kept), without scripts and styles. */
export function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return ''
  if (!isElement(node)) return node
  if (CODE.has(node.local.toLowerCase())) return ''
  return node.children.map(textOf).join('')
}

/** Text with whitespace runs collapsed and the ends trimmed: for headlines, names, ids. */
export function cleanText(node: XmlNode | undefined): string {
  return collapse(textOf(node))
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** An attribute's value, trimmed; '' when absent. */
export function attr(el: XmlElement | undefined, name: string): string {
  return el?.attrs[name]?.trim() ?? ''
}
