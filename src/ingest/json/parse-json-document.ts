import { ParseError } from '../../core/errors.ts'
import { jsonErrorOffset } from './json-error-offset.ts'

/** A wire document's JSON, or a ParseError naming the file, the line and the column where it breaks. */
export function parseJsonDocument(text: string, source: string): unknown {
  const body = text.replace(/^\uFEFF/, '')
  try {
    return JSON.parse(body)
  } catch (cause) {
    const offset = jsonErrorOffset(body) ?? body.length
    const { line, column } = lineAndColumn(body, offset)
    const found =
      offset < body.length ? `unexpected ${JSON.stringify(body[offset])}` : 'unexpected end of input'
    throw new ParseError({ source, message: `Invalid JSON: ${found} at column ${column}`, line, cause })
  }
}

/** One-based line and column of an offset; a column counts UTF-16 units, as editors' JSON errors do. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}
