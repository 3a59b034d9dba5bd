import { normalizeWireTime } from '../time/normalize-wire-time.ts'

/** RFC 822 date-time: `[Tue,] 20 Jul 2021 19:00:03 EDT`; seconds and zone optional, 2- or 4-digit year. */
const RFC822 =
  /^(?:[A-Za-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(.*)$/

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * The zone names RFC 822 itself defines (section 5.1), so they are part of the format, not a guess. Any other
 * abbreviation (BST, IST, CET …) means different offsets in different places and is never guessed.
 */
const RFC822_ZONES: Readonly<Record<string, string>> = {
  UT: '+00:00',
  UTC: '+00:00',
  GMT: '+00:00',
  Z: '+00:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
}

export interface Rfc822Time {
  /** RFC 3339 with the offset the feed gave. */
  time: string
  /** The zone that could not be read (taken as UTC), or '' when there was none at all (also UTC). */
  unknownZone: string | null
}

/** An RFC 822 date as RFC 3339 keeping its offset; null when it is not one (or not a real date). */
export function parseRfc822(value: string): Rfc822Time | null {
  const m = RFC822.exec(value.trim())
  if (!m) return null
  const [, day, monthName, year, hour, minute, second = '00', zoneText = ''] = m
  const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1
  if (!month) return null
  const fullYear =
    year!.length === 4 ? year! : String(Number(year) < 50 ? 2000 + Number(year) : 1900 + Number(year))
  const zone = zoneText.trim()
  const offset = zoneOffset(zone)
  const local = `${fullYear}-${pad(month)}-${pad(Number(day))}T${pad(Number(hour))}:${minute}:${second}`
  const parsed = normalizeWireTime(local + (offset ?? '+00:00'))
  if (!parsed) return null
  return { time: parsed.time, unknownZone: offset === null ? zone : null }
}

/** `+0600`, `-05:00`, or an RFC 822 zone name; null when there is none or it is unknown. */
function zoneOffset(zone: string): string | null {
  const numeric = /^(?:GMT|UTC)?([+-])(\d{2}):?(\d{2})$/i.exec(zone)
  if (numeric) return `${numeric[1]}${numeric[2]}:${numeric[3]}`
  return RFC822_ZONES[zone.toUpperCase()] ?? null
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
