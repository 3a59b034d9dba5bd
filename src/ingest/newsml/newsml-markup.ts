import { escapeText } from './newsml-xml.ts'

const VOID = new Set([
  'img',
  'br',
  'hr',
  'wbr',
  'area',
  'base',
  'col',
  'embed',
  'input',
  'link',
  'meta',
  'source',
  'track',
])
/** A comment, a CDATA section, or a tag; attribute values may hold `>`, so quoted values are skipped whole. */
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g

/**
 * Inline XML as markup an HTML parser reads the same way: namespace prefixes dropped (`x:p` → `p`), comments
 * dropped, CDATA as escaped text, and self-closed elements closed explicitly. An HTML parser ignores the slash
 * in `<h2/>` and `<b/>`, so without this the rest of the body would become a heading or bold.
 */
export function xmlToHtml(raw: string): string {
  return raw.replace(
    TOKEN,
    (match, cdata?: string, close?: string, name?: string, attrs = '', selfClose?: string) => {
      if (cdata !== undefined) return escapeText(cdata)
      if (name === undefined) return ''
      if (selfClose && !VOID.has(name.toLowerCase())) return `<${name}${attrs}></${name}>`
      return `<${close}${name}${attrs}${selfClose}>`
    },
  )
}
