import { Element, Text } from 'domhandler'
import type { ChildNode } from 'domhandler'
import type { MediaRef, WireBlock } from '../../core/normalized-item.ts'
import { walkBlocks } from '../html/walk-flow.ts'
import { nitfMediaRef } from './nitf-media.ts'
import { cleanText, descend, isElement, textOf } from './xml-tree.ts'
import type { XmlElement, XmlNode } from './xml-tree.ts'

/** NITF elements the block walk understands, under their HTML names; the only attribute kept is a link's href. */
const AS_HTML: Readonly<Record<string, string>> = {
  p: 'p',
  hl1: 'h2',
  hl2: 'h2',
  block: 'div',
  'body.content': 'div',
  tagline: 'p',
  bq: 'blockquote',
  credit: 'cite',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  dl: 'div',
  dt: 'p',
  dd: 'p',
  fn: 'p',
  em: 'em',
  a: 'a',
  br: 'br',
  table: 'table',
  caption: 'p',
  tr: 'tr',
  td: 'td',
  th: 'th',
}
/**
 * Left out with everything inside: metadata a block may repeat (the head carries it), and markup that has no
 * business in a wire body. Every other element (person, org, chron, q …) is unwrapped and its text kept.
 */
const DROP = new Set([
  ...['tobject', 'key-list', 'classifier', 'byline', 'dateline', 'abstract', 'datasource', 'hr'],
  ...['nitf-table-metadata', 'media-metadata', 'media-object', 'bibliography', 'series'],
  ...['script', 'style', 'iframe', 'object', 'embed', 'form', 'noscript', 'template', 'svg', 'math', 'title'],
])

/**
 * `body.content` (and the `body.end` tagline, kept as a last paragraph: it is usually a contributor line readers
 * see) as blocks. The NITF tree is mapped onto HTML elements from an allowlist and handed straight to the HTML
 * block walk: the allowlist does the sanitizer's job here, so the body is not serialized and parsed twice more.
 * `note`s are the desk's, never the reader's: their text is returned as notes.
 */
export function nitfBody(nitf: XmlElement, warnings: string[]): { blocks: WireBlock[]; notes: string[] } {
  const content = descend(nitf, 'body', 'body.content')
  const tagline = descend(nitf, 'body', 'body.end', 'tagline')
  if (!content) warnings.push('No body.content in the document')
  const media: MediaRef[] = []
  const notes: string[] = []
  const dom = toDom(
    [content, tagline].filter((n): n is XmlElement => n !== undefined),
    {
      notes,
      addMedia(el) {
        const ref = nitfMediaRef(el, warnings)
        if (!ref) return null
        media.push(ref)
        const img = new Element('img', { 'data-media': String(media.length - 1) })
        return new Element('figure', {}, [img])
      },
    },
  )
  const blocks = walkBlocks(dom, {
    warnings,
    resolveImage: (img) => media[Number(img.attributes['data-media'])] ?? null,
  })
  return { blocks, notes }
}

interface DomContext {
  notes: string[]
  addMedia(media: XmlElement): Element | null
}

// fast-xml-parser caps nesting at 100 levels, so this recursion stays shallow.
function toDom(nodes: readonly XmlNode[], ctx: DomContext): ChildNode[] {
  const out: ChildNode[] = []
  for (const node of nodes) {
    if (!isElement(node)) {
      out.push(new Text(node))
      continue
    }
    const name = node.local.toLowerCase()
    if (name === 'note') {
      const text = cleanText(node)
      if (text) ctx.notes.push(text)
    } else if (name === 'media') {
      const figure = ctx.addMedia(node)
      if (figure) out.push(figure)
    } else if (name === 'pre') {
      out.push(new Element('p', {}, preformatted(textOf(node))))
    } else if (!DROP.has(name)) {
      const children = toDom(node.children, ctx)
      const html = AS_HTML[name]
      if (!html) out.push(...children)
      else
        out.push(
          new Element(html, html === 'a' && node.attrs.href ? { href: node.attrs.href } : {}, children),
        )
    }
  }
  return out
}

/** Preformatted text keeps its lines: each newline becomes a `<br>` (the walk reads source newlines as spaces). */
function preformatted(text: string): ChildNode[] {
  return text
    .split(/\r?\n/)
    .flatMap((line, i) => (i ? [new Element('br', {}), new Text(line)] : [new Text(line)]))
}
