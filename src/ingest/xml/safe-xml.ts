import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser'
import { ParseError } from '../../core/errors.ts'

/** Larger than any wire document; a bigger one is refused before it is parsed. */
export const MAX_XML_CHARS = 20 * 1024 * 1024

/**
 * Refuses what XML parsers have been attacked with: entity declarations (billion laughs, external entities) and
 * DOCTYPEs with an internal subset. A plain `<!DOCTYPE nitf SYSTEM "nitf.dtd">` is harmless and allowed: it is never
 * fetched or read.
 */
export function assertSafeXml(text: string, source: string): void {
  if (text.length > MAX_XML_CHARS) throw new ParseError({ source, message: 'The document is too large' })
  const doctype = /<!DOCTYPE[^>[]*(\[)?/i.exec(text)
  if (doctype?.[1] || /<!ENTITY/i.test(text)) {
    const line = text.slice(0, doctype?.index ?? text.search(/<!ENTITY/i)).split('\n').length
    throw new ParseError({ source, message: 'Refused: the document declares entities or a DTD subset', line })
  }
}

/** Well-formedness, with the line and column of the first fault. */
export function assertWellFormed(text: string, source: string): void {
  const result = XMLValidator.validate(text, { allowBooleanAttributes: true })
  if (result !== true) {
    // A cut-off file: the validator lists the elements left open; say so, at the end of the document.
    const open = /^Invalid '(\[.*\])' found/.exec(result.err.msg)?.[1]
    if (open) {
      const names = (JSON.parse(open) as string[]).join(', ')
      throw new ParseError({
        source,
        message: `Not well-formed XML: the document ends before these elements are closed: ${names}`,
        line: text.split('\n').length,
      })
    }
    throw new ParseError({
      source,
      message: `Not well-formed XML: ${result.err.msg} at column ${result.err.col}`,
      line: result.err.line,
    })
  }
}

const BASE_OPTIONS: Partial<X2jOptions> = {
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // XML's predefined entities, character references (&#233;) and HTML's fixed table; nothing a document declares
  // (entity declarations are refused before parsing, so nothing can expand).
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
}

/** A checked, parsed XML document. `stopNodes` come back as their raw inner markup (for XHTML and NITF bodies). */
export function parseSafeXml(
  text: string,
  source: string,
  options: Partial<X2jOptions> = {},
): Record<string, unknown> {
  assertSafeXml(text, source)
  assertWellFormed(text, source)
  try {
    return new XMLParser({ ...BASE_OPTIONS, ...options }).parse(text) as Record<string, unknown>
  } catch (cause) {
    throw new ParseError({ source, message: `Cannot read the XML: ${(cause as Error).message}`, cause })
  }
}

/** The root element's name (with any prefix) and its namespace, for telling formats apart. */
export function xmlRoot(text: string): { name: string; namespace: string | null } | null {
  const body = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '')
  const m = /<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(body)
  if (!m) return null
  const name = m[1]!
  const prefix = name.includes(':') ? name.split(':')[0] : null
  const nsAttr = prefix ? `xmlns:${prefix}` : 'xmlns'
  const ns = new RegExp(`\\s${nsAttr.replace(':', '\\:')}\\s*=\\s*["']([^"']*)["']`).exec(m[2]!)?.[1] ?? null
  return { name, namespace: ns }
}
