import { ParseError } from '../../core/errors.ts'

/** The encoding a document declares: its byte order mark, else the XML declaration, else UTF-8 (XML's default). */
export function declaredEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  // The declaration is ASCII in every ASCII-compatible encoding, so the first bytes can be read as Latin-1.
  const head = String.fromCharCode(...bytes.subarray(0, 200))
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]
  return declared?.toLowerCase() ?? 'utf-8'
}

/**
 * The document as text, in the encoding it declares (ISO-8859-1, windows-1252, windows-1251 … are all known to
 * the runtime's ICU). Bytes that are not valid in that encoding are an error naming the file, not silent garbage.
 */
export function decodeXml(bytes: Uint8Array, source: string): { text: string; encoding: string } {
  const encoding = declaredEncoding(bytes)
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(encoding, { fatal: true })
  } catch {
    throw new ParseError({ source, message: `Unknown encoding declared: ${encoding}`, field: 'encoding' })
  }
  try {
    const text = decoder.decode(bytes)
    return { text: decoder.encoding === 'windows-1252' ? fixCp1252(text) : text, encoding }
  } catch (cause) {
    const line = lineOfFirstBadByte(bytes)
    throw new ParseError({ source, message: `Not valid ${encoding} text`, field: 'encoding', line, cause })
  }
}

/** Windows-1252's printable characters at 0x80–0x9F (undefined ones stay as they are). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/**
 * Some Node versions decode windows-1252 (and ISO-8859-1, its WHATWG alias) bytes 0x80–0x9F as invisible control
 * characters instead of “ ” — € … (nodejs/node#60888). Mapping them again is right whether or not Node is fixed.
 */
function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!)
}

/** The line of the first byte that breaks UTF-8, for the error message (other encodings: unknown). */
function lineOfFirstBadByte(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let lo = 0
  let hi = bytes.length
  // Bisect for the longest valid prefix; a few decodes even for a large file.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true })
      lo = mid
    } catch {
      hi = mid
    }
  }
  let line = 1
  for (let i = 0; i < lo; i++) if (bytes[i] === 0x0a) line++
  return line
}
