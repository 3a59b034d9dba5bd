import { describe, expect, it } from 'vitest'
import {
  instantFromWallTime,
  formatDateBar,
  formatListDate,
  formatStamp,
  formatUpdateTime,
  startOfNextDay,
  toRfc822,
  toZonedIso,
  wallTime,
  zoneOffsetMinutes,
} from './time-format.ts'

const DHAKA = 'Asia/Dhaka'

describe('wallTime()', () => {
  it('reads the clock in the zone, weekday included', () => {
    expect(wallTime('2024-05-16T03:35:07Z', DHAKA)).toEqual({
      year: 2024,
      month: 5,
      day: 16,
      hour: 9,
      minute: 35,
      second: 7,
      weekday: 4,
    })
  })

  it('gives hour 0, not 24, at local midnight, on the new day', () => {
    expect(wallTime('2024-06-12T18:00:00Z', DHAKA)).toMatchObject({ day: 13, hour: 0, weekday: 4 })
  })

  it('accepts a Date as well as a string', () => {
    expect(wallTime(new Date('2024-01-15T15:04:05Z'), 'America/New_York')).toMatchObject({
      day: 15,
      hour: 10,
      minute: 4,
    })
  })

  it('throws a RangeError for an instant that is not one', () => {
    expect(() => wallTime('not a time', DHAKA)).toThrow(RangeError)
    expect(() => wallTime(new Date(Number.NaN), DHAKA)).toThrow(/Invalid instant/)
  })
})

describe('zoneOffsetMinutes()', () => {
  it('is east-positive, including half-hour and 45-minute zones', () => {
    const at = '2024-01-15T15:04:05Z'
    expect(zoneOffsetMinutes(at, DHAKA)).toBe(360)
    expect(zoneOffsetMinutes(at, 'Asia/Kolkata')).toBe(330)
    expect(zoneOffsetMinutes(at, 'Asia/Kathmandu')).toBe(345)
    expect(zoneOffsetMinutes(at, 'America/New_York')).toBe(-300)
    expect(zoneOffsetMinutes(at, 'UTC')).toBe(0)
  })

  it("ignores the instant's milliseconds", () => {
    expect(zoneOffsetMinutes('2024-05-16T03:36:55.999Z', DHAKA)).toBe(360)
    expect(zoneOffsetMinutes('1969-12-31T23:59:59.500Z', 'America/New_York')).toBe(-300)
  })

  it("follows Dhaka's 2009 daylight time: +07:00 from 19 June 23:00 to 31 December 24:00", () => {
    expect(zoneOffsetMinutes('2009-06-19T16:59:59Z', DHAKA)).toBe(360)
    expect(zoneOffsetMinutes('2009-06-19T17:00:00Z', DHAKA)).toBe(420)
    expect(zoneOffsetMinutes('2009-09-01T00:00:00Z', DHAKA)).toBe(420)
    expect(zoneOffsetMinutes('2009-12-31T16:59:59Z', DHAKA)).toBe(420)
    expect(zoneOffsetMinutes('2009-12-31T17:00:00Z', DHAKA)).toBe(360)
  })

  it('follows summer time in London and New York', () => {
    expect(zoneOffsetMinutes('2024-01-15T12:00:00Z', 'Europe/London')).toBe(0)
    expect(zoneOffsetMinutes('2024-07-15T12:00:00Z', 'Europe/London')).toBe(60)
    expect(zoneOffsetMinutes('2024-07-15T12:00:00Z', 'America/New_York')).toBe(-240)
  })

  it('throws a RangeError for an invalid instant', () => {
    expect(() => zoneOffsetMinutes('2024-13-45T99:00:00Z', DHAKA)).toThrow(RangeError)
  })
})

describe('toZonedIso()', () => {
  it('prints RFC 3339 with the numeric offset of the zone at that instant', () => {
    expect(toZonedIso('2024-05-16T03:35:00Z', DHAKA)).toBe('2024-05-16T09:35:00+06:00')
    expect(toZonedIso('2024-01-15T15:04:05Z', 'America/New_York')).toBe('2024-01-15T10:04:05-05:00')
    expect(toZonedIso('2024-01-15T15:04:05Z', 'Asia/Kolkata')).toBe('2024-01-15T20:34:05+05:30')
    expect(toZonedIso('2024-01-15T15:04:05Z', 'Asia/Kathmandu')).toBe('2024-01-15T20:49:05+05:45')
    expect(toZonedIso('2024-01-15T15:04:05Z', 'America/St_Johns')).toBe('2024-01-15T11:34:05-03:30')
    expect(toZonedIso('2024-01-15T15:04:05Z', 'UTC')).toBe('2024-01-15T15:04:05+00:00')
  })

  it("shows Dhaka's 2009 jump from 23:00 to midnight and the hour repeated on 31 December", () => {
    expect(toZonedIso('2009-06-19T16:59:59Z', DHAKA)).toBe('2009-06-19T22:59:59+06:00')
    expect(toZonedIso('2009-06-19T17:00:00Z', DHAKA)).toBe('2009-06-20T00:00:00+07:00')
    expect(toZonedIso('2009-12-31T16:59:59Z', DHAKA)).toBe('2009-12-31T23:59:59+07:00')
    expect(toZonedIso('2009-12-31T17:00:00Z', DHAKA)).toBe('2009-12-31T23:00:00+06:00')
  })

  it('names the same instant whatever the zone', () => {
    for (const zone of [DHAKA, 'America/New_York', 'Asia/Kathmandu', 'Europe/London']) {
      expect(Date.parse(toZonedIso('2024-10-27T01:30:00Z', zone))).toBe(Date.parse('2024-10-27T01:30:00Z'))
    }
  })
})

describe('toRfc822()', () => {
  it('prints the RSS date with a colon-less offset', () => {
    expect(toRfc822('2024-05-16T03:35:00Z', DHAKA)).toBe('Thu, 16 May 2024 09:35:00 +0600')
    expect(toRfc822('2024-01-15T15:04:05Z', 'America/New_York')).toBe('Mon, 15 Jan 2024 10:04:05 -0500')
    expect(toRfc822('2024-01-15T15:04:05Z', 'Asia/Kathmandu')).toBe('Mon, 15 Jan 2024 20:49:05 +0545')
  })

  it('uses the weekday of the local date, not of UTC', () => {
    expect(toRfc822('2024-01-01T02:00:00Z', 'America/New_York')).toBe('Sun, 31 Dec 2023 21:00:00 -0500')
  })
})

describe('the formats readers see', () => {
  it("formatDateBar() prints the masthead's weekday, day, month and year", () => {
    expect(formatDateBar('2024-06-13T05:00:00Z', DHAKA)).toBe('Thursday, 13 Jun, 2024')
    // 19:00 on the 12th in UTC is already the 13th in Dhaka.
    expect(formatDateBar('2024-06-12T19:00:00Z', DHAKA)).toBe('Thursday, 13 Jun, 2024')
    expect(formatDateBar('2024-06-13T02:00:00Z', 'America/New_York')).toBe('Wednesday, 12 Jun, 2024')
  })

  it('formatUpdateTime() prints a 24-hour local time with seconds', () => {
    expect(formatUpdateTime('2024-05-16T03:36:55Z', DHAKA)).toBe('2024-05-16 09:36:55')
    expect(formatUpdateTime('2024-05-16T15:06:05Z', 'Asia/Kolkata')).toBe('2024-05-16 20:36:05')
  })

  it("formatStamp() prints the paper's zone label and a 24-hour time", () => {
    expect(formatStamp('2024-05-16T03:35:00Z', DHAKA, 'BDST')).toBe('BDST: 0935 HRS, MAY 16, 2024')
    expect(formatStamp('2024-05-16T14:05:00Z', DHAKA, 'BDST')).toBe('BDST: 2005 HRS, MAY 16, 2024')
    expect(formatStamp('2024-12-01T05:00:00Z', 'America/New_York', 'ET')).toBe('ET: 0000 HRS, DEC 1, 2024')
  })

  it('formatListDate() prints the day, the full month name, the year and a 24-hour time', () => {
    expect(formatListDate('2024-05-16T03:36:55Z', DHAKA)).toBe('16 May 2024, 09:36')
    expect(formatListDate('2024-09-01T20:00:00Z', 'Asia/Kathmandu')).toBe('2 September 2024, 01:45')
  })

  it('every format throws a RangeError for an invalid instant', () => {
    for (const format of [formatDateBar, formatUpdateTime, formatListDate, toRfc822, toZonedIso]) {
      expect(() => format('yesterday', DHAKA)).toThrow(RangeError)
    }
    expect(() => formatStamp('yesterday', DHAKA, 'BDST')).toThrow(RangeError)
  })
})

describe('startOfNextDay()', () => {
  const next = (instant: string, zone: string) => startOfNextDay(instant, zone).toISOString()

  it('is local midnight of the next day', () => {
    expect(next('2024-05-16T03:35:00Z', DHAKA)).toBe('2024-05-16T18:00:00.000Z')
    // Still the 15th in New York (23:35 EDT).
    expect(next('2024-05-16T03:35:00Z', 'America/New_York')).toBe('2024-05-16T04:00:00.000Z')
    expect(next('2024-05-16T03:35:00Z', 'Asia/Kolkata')).toBe('2024-05-16T18:30:00.000Z')
    expect(next('2024-05-16T03:35:00Z', 'Asia/Kathmandu')).toBe('2024-05-16T18:15:00.000Z')
  })

  it('is the next midnight even exactly at midnight', () => {
    expect(next('2024-05-16T18:00:00Z', DHAKA)).toBe('2024-05-17T18:00:00.000Z')
  })

  it('on the day London changes to summer time, is midnight BST', () => {
    expect(next('2024-03-30T12:00:00Z', 'Europe/London')).toBe('2024-03-31T00:00:00.000Z')
    expect(next('2024-03-31T00:30:00Z', 'Europe/London')).toBe('2024-03-31T23:00:00.000Z')
    expect(next('2024-03-31T12:00:00Z', 'Europe/London')).toBe('2024-03-31T23:00:00.000Z')
  })

  it('on the day London changes back, is midnight GMT', () => {
    expect(next('2024-10-26T12:00:00Z', 'Europe/London')).toBe('2024-10-26T23:00:00.000Z')
    expect(next('2024-10-27T00:30:00Z', 'Europe/London')).toBe('2024-10-28T00:00:00.000Z')
    expect(next('2024-10-27T12:00:00Z', 'Europe/London')).toBe('2024-10-28T00:00:00.000Z')
  })

  it('on the days New York changes its clocks', () => {
    expect(next('2024-03-10T12:00:00Z', 'America/New_York')).toBe('2024-03-11T04:00:00.000Z')
    expect(next('2024-11-03T12:00:00Z', 'America/New_York')).toBe('2024-11-04T05:00:00.000Z')
  })

  it("on the days Dhaka's 2009 daylight time began and ended", () => {
    // 19 June: 23:00 +06 became 00:00 +07, so the 20th began at 17:00 UTC.
    expect(next('2009-06-19T06:00:00Z', DHAKA)).toBe('2009-06-19T17:00:00.000Z')
    // 31 December: 24:00 +07 became 23:00 +06, so 1 January began at 18:00 UTC.
    expect(next('2009-12-31T05:00:00Z', DHAKA)).toBe('2009-12-31T18:00:00.000Z')
  })

  it('where summer time begins at midnight, is the first instant of the next day (01:00)', () => {
    // Chile skips from 2024-09-07 24:00 -04 to 2024-09-08 01:00 -03: the 8th begins at 04:00 UTC.
    const santiago = startOfNextDay('2024-09-07T15:00:00Z', 'America/Santiago')
    expect(wallTime(santiago, 'America/Santiago')).toMatchObject({ day: 8, hour: 1, minute: 0 })
    expect(santiago.toISOString()).toBe('2024-09-08T04:00:00.000Z')
  })

  it('is always later than the instant and on the next local date', () => {
    const zones = [DHAKA, 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu']
    for (const zone of zones) {
      for (let hour = 0; hour < 24 * 3; hour += 5) {
        const instant = new Date(Date.UTC(2024, 2, 30, hour, 17))
        const start = startOfNextDay(instant, zone)
        expect(start.getTime()).toBeGreaterThan(instant.getTime())
        const today = wallTime(instant, zone)
        const tomorrow = wallTime(start, zone)
        expect([tomorrow.hour, tomorrow.minute, tomorrow.second]).toEqual([0, 0, 0])
        expect(Date.UTC(tomorrow.year, tomorrow.month - 1, tomorrow.day)).toBe(
          Date.UTC(today.year, today.month - 1, today.day + 1),
        )
      }
    }
  })

  it('throws a RangeError for an invalid instant', () => {
    expect(() => startOfNextDay('', DHAKA)).toThrow(RangeError)
  })
})

describe('instantFromWallTime()', () => {
  const at = (zone: string, y: number, mo: number, d: number, h: number, mi: number) =>
    instantFromWallTime({ year: y, month: mo, day: d, hour: h, minute: mi }, zone).toISOString()

  it('reads a wall time on the paper’s clock, whatever the computer’s zone', () => {
    expect(at('Asia/Dhaka', 2024, 5, 16, 9, 35)).toBe('2024-05-16T03:35:00.000Z')
    expect(at('America/New_York', 2024, 1, 10, 18, 0)).toBe('2024-01-10T23:00:00.000Z')
    expect(at('America/New_York', 2024, 7, 10, 18, 0)).toBe('2024-07-10T22:00:00.000Z')
    expect(at('UTC', 2026, 12, 31, 23, 59)).toBe('2026-12-31T23:59:00.000Z')
  })

  it('is the inverse of wallTime() on every hour of a year with clock changes', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 3_600_000) {
      const w = wallTime(new Date(t), 'Europe/London')
      const back = instantFromWallTime(w, 'Europe/London').getTime()
      // The autumn hour that happens twice reads as its first occurrence.
      expect([t, t - 3_600_000]).toContain(back)
    }
  })

  it('takes the first of a time that happens twice, and moves a skipped time forward', () => {
    // London, 27 October 2024: 01:30 happens at 00:30Z (summer time) and again at 01:30Z.
    expect(at('Europe/London', 2024, 10, 27, 1, 30)).toBe('2024-10-27T00:30:00.000Z')
    // London, 31 March 2024: clocks jump from 01:00 to 02:00; 01:30 does not exist and reads as 02:30 summer time.
    expect(at('Europe/London', 2024, 3, 31, 1, 30)).toBe('2024-03-31T01:30:00.000Z')
  })
})
