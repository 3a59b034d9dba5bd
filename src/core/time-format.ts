/**
 * Times are stored as UTC instants and shown in the site's IANA zone. Everything here works from Intl with full ICU,
 * so it follows the zone's real history (Dhaka's 2009 daylight time included) and parses no zone abbreviations.
 */

interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  weekday: number // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function wallFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    })
    formatters.set(zone, f)
  }
  return f
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** Month names in English, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

function toDate(instant: string | Date): Date {
  const d = typeof instant === 'string' ? new Date(instant) : instant
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid instant: ${String(instant)}`)
  return d
}

/** The wall-clock time in `zone` at `instant`. */
export function wallTime(instant: string | Date, zone: string): WallTime {
  const parts = wallFormatter(zone).formatToParts(toDate(instant))
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Minutes east of UTC in `zone` at `instant`, e.g. 360 for Asia/Dhaka. */
export function zoneOffsetMinutes(instant: string | Date, zone: string): number {
  const d = toDate(instant)
  const w = wallTime(d, zone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(d.getTime() / 1000) * 1000) / 60_000)
}

function offsetText(minutes: number, separator = ':'): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`
}

/** RFC 3339 with the zone's numeric offset, e.g. `2024-05-16T09:35:00+06:00`: for JSON-LD, Open Graph, Atom. */
export function toZonedIso(instant: string | Date, zone: string): string {
  const w = wallTime(instant, zone)
  const off = zoneOffsetMinutes(instant, zone)
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offsetText(off)}`
}

/** RFC 822 date for RSS, e.g. `Thu, 16 May 2024 09:35:00 +0600`. */
export function toRfc822(instant: string | Date, zone: string): string {
  const w = wallTime(instant, zone)
  const off = zoneOffsetMinutes(instant, zone)
  return `${WEEKDAYS[w.weekday]}, ${pad(w.day)} ${MONTHS[w.month - 1]} ${w.year} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)} ${offsetText(off, '')}`
}

/** The masthead's date bar: `Thursday, 13 Jun, 2024`. */
export function formatDateBar(instant: string | Date, zone: string): string {
  const w = wallTime(instant, zone)
  return `${WEEKDAY_NAMES[w.weekday]}, ${w.day} ${MONTHS[w.month - 1]}, ${w.year}`
}

/** The article's public update time: `2024-05-16 09:36:55`. */
export function formatUpdateTime(instant: string | Date, zone: string): string {
  const w = wallTime(instant, zone)
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
}

/** The stamp of first publication, with the paper's zone label: `BDST: 0935 HRS, MAY 16, 2024`. */
export function formatStamp(instant: string | Date, zone: string, label: string): string {
  const w = wallTime(instant, zone)
  return `${label}: ${pad(w.hour)}${pad(w.minute)} HRS, ${MONTHS[w.month - 1]!.toUpperCase()} ${w.day}, ${w.year}`
}

/** A reader-friendly date and time for lists: `16 May 2024, 09:35`. */
export function formatListDate(instant: string | Date, zone: string): string {
  const w = wallTime(instant, zone)
  return `${w.day} ${MONTH_NAMES[w.month - 1]} ${w.year}, ${pad(w.hour)}:${pad(w.minute)}`
}

/**
 * The first instant of the next calendar day in `zone`: when a page showing "today" goes stale. Usually local
 * midnight; where clocks jump forward at midnight (Santiago, Havana), midnight does not exist and the day starts at
 * the jump, 01:00.
 */
export function startOfNextDay(instant: string | Date, zone: string): Date {
  const d = toDate(instant)
  const w = wallTime(d, zone)
  const midnightAsUtc = Date.UTC(w.year, w.month - 1, w.day + 1)
  const target = new Date(midnightAsUtc)
  const isNextDay = (t: number) => {
    const x = wallTime(new Date(t), zone)
    return Date.UTC(x.year, x.month - 1, x.day) >= target.getTime()
  }
  // Local midnight read with the offset before and with the offset after any change that night; the earliest that
  // really falls on the next day is the day's first instant.
  const offsets = [
    zoneOffsetMinutes(d, zone),
    zoneOffsetMinutes(new Date(midnightAsUtc + 36 * 3_600_000), zone),
  ]
  const candidates = offsets
    .map((off) => midnightAsUtc - off * 60_000)
    .filter((t) => t > d.getTime() && isNextDay(t))
  return new Date(Math.min(...candidates))
}

/** The first instant of a calendar day in `zone` (its midnight, or the moment the day starts when midnight is skipped). */
export function startOfLocalDay(year: number, month: number, day: number, zone: string): Date {
  // The start of the day after the day before, found the way startOfNextDay finds it.
  const noonBefore = new Date(Date.UTC(year, month - 1, day - 1, 12))
  const offset = zoneOffsetMinutes(noonBefore, zone)
  return startOfNextDay(new Date(noonBefore.getTime() - offset * 60_000), zone)
}

/**
 * The instant at which the clocks in `zone` show the given wall time: what an editor means by "publish at 09:35" on
 * the paper's clock, whatever zone their own computer is in. A time skipped by a change of clocks reads with the
 * offset from before the change (02:30 on a spring-forward night is 03:30); a time that happens twice, the first.
 */
export function instantFromWallTime(
  wall: { year: number; month: number; day: number; hour: number; minute: number },
  zone: string,
): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  // Read with the offsets in force half a day either side; the earliest that shows the wall time wins.
  const offsets = [-12, 12].map((h) => zoneOffsetMinutes(new Date(asUtc + h * 3_600_000), zone))
  const candidates = offsets.map((off) => asUtc - off * 60_000)
  const shows = candidates.filter((t) => {
    const w = wallTime(new Date(t), zone)
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) === asUtc
  })
  return new Date(shows.length ? Math.min(...shows) : candidates[0]!)
}
