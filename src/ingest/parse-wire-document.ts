import { ParseError } from '../core/errors.ts'
import type { NormalizedItem } from '../core/normalized-item.ts'
import { parseNinjs } from './ninjs/parse-ninjs.ts'

export interface ParsedDocument {
  /** The document as text, kept as received next to its normalized items. */
  text: string
  /** One document may carry several items (a NewsML-G2 newsMessage); a ninjs file carries one. */
  items: NormalizedItem[]
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Recognises a wire document by its content, not its file name, and hands it to the right parser.
 * Today: IPTC ninjs (JSON). The XML formats come with the wire desk.
 */
export function parseWireDocument(bytes: Uint8Array, options: { source: string }): ParsedDocument {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch (cause) {
    throw new ParseError({ source: options.source, message: 'Not valid UTF-8 text', cause })
  }
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('{')) return { text, items: [parseNinjs(text, options)] }
  if (start.startsWith('<')) {
    throw new ParseError({
      source: options.source,
      message: 'XML wire formats are not supported yet: only IPTC ninjs (JSON)',
    })
  }
  throw new ParseError({
    source: options.source,
    message: 'Unrecognised document: expected IPTC ninjs (a JSON object)',
  })
}
