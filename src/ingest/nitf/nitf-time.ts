import { ParseError } from '../../core/errors.ts'
import { normalizeWireTime } from '../time/normalize-wire-time.ts'

/** ISO 8601 basic format, as NITF's `norm` attributes use it: `20151210T191044Z`, `20170102T222800+0000`. */
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i

/** A basic-format timestamp in the extended form normalizeWireTime reads; other text is passed through. */
export function extendedIso(value: string): string {
  const m = BASIC.exec(value.trim())
  if (!m) return value
  const [, y, mo, d, h, mi, s = '00', fraction = '', zone = ''] = m
  const time = h === undefined ? '' : `T${h}:${mi}:${s}${fraction}`
  const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone
  return `${y}-${mo}-${d}${time}${time ? offset : ''}`
}

/**
 * A NITF `norm` date as RFC 3339 with the agency's offset; null when absent. An unreadable date is a ParseError
 * naming the field: a wrong issue or release time would misplace or unembargo the story. No offset: UTC, warned.
 */
export function nitfTime(
  value: string,
  context: { source: string; field: string; warnings: string[] },
): string | null {
  if (!value.trim()) return null
  const parsed = normalizeWireTime(extendedIso(value))
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
