const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", and the same ahead ("in 20 min"). */
export function relativeTime(iso: string, now: number): string {
  const diff = new Date(iso).getTime() - now
  const span = Math.abs(diff)
  const ago = diff <= 0
  if (span < MINUTE) return ago ? 'just now' : 'in a moment'
  if (span < HOUR) {
    const m = Math.round(span / MINUTE)
    return ago ? `${m} min ago` : `in ${m} min`
  }
  if (span < DAY) {
    const h = Math.round(span / HOUR)
    return ago ? `${h} h ago` : `in ${h} h`
  }
  const days = Math.round(span / DAY)
  return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(ago ? -days : days, 'day')
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = zone + JSON.stringify(options)
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', ...options })
    formatters.set(key, f)
  }
  return f
}

const dayOf = (ms: number, zone: string) =>
  formatter(zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms)

/** The clock time alone today, the date and time this year, the date before: `09:35`, `16 May, 09:35`, `3 Mar 2023`. */
export function shortTime(iso: string, zone: string, now: number): string {
  const ms = new Date(iso).getTime()
  if (dayOf(ms, zone) === dayOf(now, zone))
    return formatter(zone, { hour: '2-digit', minute: '2-digit' }).format(ms)
  const sameYear =
    formatter(zone, { year: 'numeric' }).format(ms) === formatter(zone, { year: 'numeric' }).format(now)
  return sameYear
    ? formatter(zone, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(ms)
    : formatter(zone, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms)
}

/** Every part, with the paper's zone label: `Thu 16 May 2024, 09:35 BDST`. */
export function fullTime(iso: string, zone: string, label: string): string {
  const text = formatter(zone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))
  return `${text} ${label}`
}
