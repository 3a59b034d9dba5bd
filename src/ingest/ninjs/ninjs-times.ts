import { ParseError } from '../../core/errors.ts'
import { normalizeWireTime } from '../time/normalize-wire-time.ts'

/**
 * A ninjs timestamp as RFC 3339 with the document's offset; null when absent or empty. A time without an offset is
 * taken as UTC with a warning; anything unreadable is a ParseError naming the field as the document spelled it.
 */
export function ninjsTime(
  value: string | null | undefined,
  context: { source: string; field: string; warnings: string[] },
): string | null {
  if (value == null || !value.trim()) return null
  const parsed = normalizeWireTime(value)
  if (!parsed) {
    throw new ParseError({
      source: context.source,
      field: context.field,
      message: `Invalid date: ${JSON.stringify(value)}`,
    })
  }
  if (parsed.assumedUtc)
    context.warnings.push(`Took ${context.field} as UTC: it has no offset (${value.trim()})`)
  return parsed.time
}
