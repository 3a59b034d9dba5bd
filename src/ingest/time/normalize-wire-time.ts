/** A wire timestamp as RFC 3339, plus what had to be assumed to get there. */
export interface WireTime {
  /** e.g. `2021-05-26T13:45:00+02:00`; `Z` is written `+00:00`, fractions of a second are kept. */
  time: string
  /** The document gave no offset, so the time was taken as UTC. */
  assumedUtc: boolean
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?)?$/

/**
 * Normalizes an ISO 8601 / RFC 3339 timestamp without moving it to another zone: the offset the agency used is what
 * readers of the wire expect to see. Null when it is not a real date and time (month 13, February 30, hour 25).
 * A date without a time is taken as midnight.
 */
export function normalizeWireTime(value: string): WireTime | null {
  const m = DATE_TIME.exec(value.trim())
  if (!m) return null
  const [
    ,
    year,
    month,
    day,
    hour = '00',
    minute = '00',
    second = '00',
    fraction = '',
    zulu,
    sign,
    offH,
    offM,
  ] = m
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null
  if (offH !== undefined && (Number(offH) > 23 || Number(offM ?? 0) > 59)) return null
  const assumedUtc = !zulu && !sign
  const offset = sign && offH !== undefined ? formatOffset(sign, offH, offM ?? '00') : '+00:00'
  return { time: `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${offset}`, assumedUtc }
}

/** `+HH:MM`; a zero offset is always `+00:00`, also when written `-00:00`. */
function formatOffset(sign: string, hours: string, minutes: string): string {
  return `${hours === '00' && minutes === '00' ? '+' : sign}${hours}:${minutes}`
}
