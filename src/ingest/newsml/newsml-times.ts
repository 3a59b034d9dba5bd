import { normalizeWireTime } from '../time/normalize-wire-time.ts'

/** ISO 8601 basic format, as NewsML 1 and NITF write it: `20240710T125902Z`, `20151210T191044+0000`. */
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i
/** A truncated date (xs:gYear, xs:gYearMonth), which NewsML-G2 allows in its date types. */
const TRUNCATED = /^(\d{4})(?:-(\d{2}))?$/

export type TimeResult = { time: string; note?: string } | { invalid: true }

/**
 * A NewsML timestamp as RFC 3339 keeping its offset. Beyond what normalizeWireTime reads, it accepts the basic
 * format and truncated dates (taken as the first instant of the year or month, with a note); a time without an
 * offset is taken as UTC, with a note.
 */
export function newsmlTime(value: string): TimeResult {
  const trimmed = value.trim()
  const basic = BASIC.exec(trimmed)
  let candidate = trimmed
  let note: string | undefined
  if (basic) {
    const [, y, mo, d, h, mi, s = '00', fraction = '', zone = ''] = basic
    candidate = `${y}-${mo}-${d}${h ? `T${h}:${mi}:${s}${fraction}` : ''}${h ? zone : ''}`
  } else {
    const truncated = TRUNCATED.exec(trimmed)
    if (truncated) {
      candidate = `${truncated[1]}-${truncated[2] ?? '01'}-01T00:00:00Z`
      note = 'a truncated date, taken as its first day'
    }
  }
  const parsed = normalizeWireTime(candidate)
  if (!parsed) return { invalid: true }
  if (parsed.assumedUtc) note = 'no offset, taken as UTC'
  return note ? { time: parsed.time, note } : { time: parsed.time }
}
