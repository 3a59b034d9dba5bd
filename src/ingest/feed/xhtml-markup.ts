import { childElements, isElement } from '../nitf/xml-tree.ts'
import type { XmlElement, XmlNode } from '../nitf/xml-tree.ts'
import { NS } from './feed-namespaces.ts'

/**
 * The markup of Atom `type="xhtml"` content: the children of its wrapping `div`, written back out as HTML for the
 * sanitizer. XHTML elements lose their prefix; namespace declarations are dropped; text and attribute values are
 * escaped again, so what the XML parser decoded is not decoded a second time.
 */
export function xhtmlMarkup(construct: XmlElement): string {
  const div = childElements(construct, 'div', NS.xhtml)[0] ?? childElements(construct, 'div', '')[0]
  return innerMarkup(div ?? construct)
}

/**
 * The HTML an element carries: its text when that is escaped markup (the usual way), or its child elements written
 * out when a feed put the markup in unescaped (many do, in `description` or `content:encoded`).
 */
export function htmlOf(el: XmlElement | undefined): string {
  if (!el) return ''
  return el.children.some(isElement) ? innerMarkup(el) : el.children.join('')
}

function innerMarkup(el: XmlElement): string {
  return el.children.map(markup).join('')
}

/** HTML elements without an end tag: `<br></br>` would read as two line breaks. */
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '))

// fast-xml-parser caps nesting at 100 levels, so this recursion stays shallow.
function markup(node: XmlNode): string {
  if (!isElement(node)) return escape(node)
  const name = (NS.xhtml as readonly string[]).includes(node.ns) || node.ns === '' ? node.local : node.name
  const attributes = Object.entries(node.attrs)
    .filter(([key]) => key !== 'xmlns' && !key.startsWith('xmlns:'))
    .map(([key, value]) => ` ${key}="${escape(value).replace(/"/g, '&quot;')}"`)
    .join('')
  if (VOID.has(name)) return `<${name}${attributes}>`
  return `<${name}${attributes}>${node.children.map(markup).join('')}</${name}>`
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
