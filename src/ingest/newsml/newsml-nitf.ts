import { xmlToHtml } from './newsml-markup.ts'
import { element, elements, innerMarkup, localName, text } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

/** What an inline NITF document gives besides its body: its own headline and byline, as fallbacks. */
export interface NitfParts {
  /** body.content as HTML that htmlToBlocks understands. */
  html: string
  headline: string
  byline: string
}

/** Elements whose content is never reader text: embedded binaries, notes to editors, metadata. */
const DROPPED = ['media-object', 'media-metadata', 'note', 'table-reference']
/** Attributes, whose quoted values may hold `>`. */
const ATTRS = `((?:[^>"']|"[^"]*"|'[^']*')*?)`
const DROPPED_ELEMENT = new RegExp(`<(${DROPPED.join('|')})(?=[\\s>])${ATTRS}>[\\s\\S]*?</\\1\\s*>`, 'g')
const MEDIA = new RegExp(`<media(?=[\\s>])${ATTRS}>([\\s\\S]*?)</media\\s*>`, 'g')
const TAG = new RegExp(`<(/?)([A-Za-z][\\w.-]*)${ATTRS}>`, 'g')
/** NITF elements with an HTML counterpart; others keep their name and are unwrapped by the sanitizer. */
const RENAMED: Readonly<Record<string, string>> = {
  hl1: 'h2',
  hl2: 'h2',
  block: 'div',
  bq: 'blockquote',
  credit: 'cite',
  pre: 'p',
  'media-caption': 'figcaption',
}

/**
 * An inline NITF document: the headline (`hedline/hl1`) and byline of its head, and its body.content as HTML:
 * `hl2` becomes `h2`, `block` a `div`, a picture `media` a `figure` with an `img` (from `media-reference/@source`),
 * its caption and credit (`media-producer`); other media, embedded objects and notes are dropped. Regular
 * expressions suffice for the rewrite because the markup is well-formed XML (the document was checked) and the
 * result is sanitized by htmlToBlocks.
 */
export function nitfParts(nitf: Element, document: string): NitfParts {
  const body = element(nitf, 'body')
  const head = element(body, 'body.head')
  const headline = text(element(element(head, 'hedline'), 'hl1'))
  const byline = elements(head, 'byline').map(text).filter(Boolean).join('; ')
  const content = element(body, 'body.content')
  return { html: content ? toHtml(xmlToHtml(innerMarkup(content, document))) : '', headline, byline }
}

export function isNitf(node: Element): boolean {
  return localName(node) === 'nitf'
}

function toHtml(content: string): string {
  return content
    .replace(DROPPED_ELEMENT, '')
    .replace(MEDIA, (_, attrs: string, inner: string) =>
      /\bmedia-type\s*=\s*["']image["']/i.test(attrs) ? `<figure>${inner}</figure>` : '',
    )
    .replace(TAG, (match, close: string, name: string, attrs: string) => {
      if (name === 'media-reference') return close ? '' : imageTag(attrs)
      if (name === 'media-producer') return close ? '</span>' : '<span class="credit">'
      const renamed = RENAMED[name]
      return renamed ? `<${close}${renamed}>` : match
    })
}

function imageTag(attrs: string): string {
  const values = new Map<string, string>()
  for (const m of attrs.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    values.set(m[1]!, m[2] ?? m[3] ?? '')
  const pairs: Array<[string, string | undefined]> = [
    ['src', values.get('source')],
    ['alt', values.get('alternate-text')],
    ['width', values.get('width')],
    ['height', values.get('height')],
  ]
  // Values are still escaped markup from the document, so they can be put back between quotes as they are.
  return `<img${pairs.map(([k, v]) => (v ? ` ${k}="${v.replace(/"/g, '&quot;')}"` : '')).join('')}>`
}
