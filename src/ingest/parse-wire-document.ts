import { ParseError } from '../core/errors.ts'
import type { NormalizedItem } from '../core/normalized-item.ts'
import type { WireFormat } from '../core/wire-desk.ts'
import { detectFormat } from './detect-format.ts'
import { parseAtom } from './feed/parse-atom.ts'
import { parseRss } from './feed/parse-rss.ts'
import { parseNewsml } from './newsml/parse-newsml.ts'
import { parseNinjs } from './ninjs/parse-ninjs.ts'
import { parseNitf } from './nitf/parse-nitf.ts'
import { decodeXml } from './xml/decode-xml.ts'

export interface ParsedDocument {
  /** The document as text, kept as received next to its normalized items. */
  text: string
  format: WireFormat
  /** A NewsML-G2 newsMessage or a feed carries several items; a ninjs or NITF file carries one. */
  items: NormalizedItem[]
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

function decodeJson(bytes: Uint8Array, source: string): string {
  try {
    return utf8.decode(bytes) // JSON is UTF-8 (RFC 8259); a byte order mark is dropped
  } catch (cause) {
    throw new ParseError({ source, message: 'Not valid UTF-8 text', field: 'encoding', cause })
  }
}

const looksLikeJson = (bytes: Uint8Array) => {
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x7b) return true
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf)
      return false
  }
  return false
}

/**
 * Reads a wire document in any format Dateline knows, recognised by its content (or as the source's configured
 * format): bytes are decoded in the encoding the document declares, then the format's parser makes the items.
 */
export function parseWireDocument(
  bytes: Uint8Array,
  options: { source: string; format?: WireFormat },
): ParsedDocument {
  const { source } = options
  const json = options.format ? options.format === 'ninjs' : looksLikeJson(bytes)
  const text = json ? decodeJson(bytes, source) : decodeXml(bytes, source).text
  const format = options.format ?? detectFormat(text)
  if (!format) {
    throw new ParseError({ source, message: 'Unrecognised document: not ninjs, NewsML, NITF, RSS or Atom' })
  }
  switch (format) {
    case 'ninjs':
      return { text, format, items: [parseNinjs(text, { source })] }
    case 'newsml':
      return { text, format, items: parseNewsml(text, { source }) }
    case 'nitf':
      return { text, format, items: [parseNitf(text, { source })] }
    case 'rss':
      return { text, format, items: parseRss(text, { source }) }
    case 'atom':
      return { text, format, items: parseAtom(text, { source }) }
  }
}
