import { normalizeWireTime } from '../time/normalize-wire-time.ts'
import { parseRfc822 } from './rfc822-date.ts'

/**
 * A feed date (RFC 822 in RSS, RFC 3339 in Atom and Dublin Core; each is accepted where the other belongs, as
 * feeds mix them) as RFC 3339 with the feed's offset. Many real feeds carry broken dates, so an unreadable one is
 * a warning and null, never an error; a missing or unknown zone is taken as UTC, warned.
 */
export function feedTime(value: string, field: string, warnings: string[]): string | null {
  const text = value.trim()
  if (!text) return null
  const rfc822 = parseRfc822(text)
  if (rfc822) {
    if (rfc822.unknownZone !== null) {
      warnings.push(
        rfc822.unknownZone
          ? `Took ${field} as UTC: unknown zone ${JSON.stringify(rfc822.unknownZone)} (${text})`
          : `Took ${field} as UTC: it has no zone (${text})`,
      )
    }
    return rfc822.time
  }
  const iso = normalizeWireTime(text)
  if (!iso) {
    warnings.push(`Ignored ${field} ${JSON.stringify(text)}: not a date`)
    return null
  }
  if (iso.assumedUtc) warnings.push(`Took ${field} as UTC: it has no offset (${text})`)
  return iso.time
}
