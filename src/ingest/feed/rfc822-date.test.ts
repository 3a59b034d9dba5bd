import { describe, expect, it } from 'vitest'
import { feedTime } from './feed-time.ts'
import { parseRfc822 } from './rfc822-date.ts'

describe('parseRfc822()', () => {
  it.each([
    ['Tue, 20 Jul 2021 19:00:03 EDT', '2021-07-20T19:00:03-04:00'],
    ['Wed, 22 Jan 2014 20:31:31 +0600', '2014-01-22T20:31:31+06:00'],
    ['Fri, 20 Jan 2017 12:55:28 GMT', '2017-01-20T12:55:28+00:00'],
    ['Mon, 09 Dec 2024 08:00:00 PST', '2024-12-09T08:00:00-08:00'],
    ['9 Dec 2024 08:00 -0330', '2024-12-09T08:00:00-03:30'],
    ['Monday, 09 December 2024 08:00:00 UT', '2024-12-09T08:00:00+00:00'],
    ['Thu, 01 Jan 70 00:00:00 Z', '1970-01-01T00:00:00+00:00'],
    ['Sat, 01 Jun 24 10:00:00 +05:30', '2024-06-01T10:00:00+05:30'],
  ])('reads %s as %s, keeping the offset', (value, expected) => {
    expect(parseRfc822(value)).toEqual({ time: expected, unknownZone: null })
  })

  it('never guesses a zone abbreviation RFC 822 does not define: UTC, and the zone is reported', () => {
    expect(parseRfc822('Sun, 09 Jun 2024 07:00:00 BST')).toEqual({
      time: '2024-06-09T07:00:00+00:00',
      unknownZone: 'BST',
    })
    expect(parseRfc822('Sun, 09 Jun 2024 07:00:00')?.unknownZone).toBe('')
  })

  it.each(['Tue, 31 Feb 2024 10:00:00 GMT', 'Tue, 10 Foo 2024 10:00:00 GMT', '2024-06-09', 'soon', ''])(
    'is null for %j',
    (value) => {
      expect(parseRfc822(value)).toBeNull()
    },
  )
})

describe('feedTime()', () => {
  it('reads RFC 3339 too (dc:date, atom:updated), keeping fractions', () => {
    const warnings: string[] = []
    expect(feedTime('2018-04-09T19:39:12.675Z', 'atom:updated', warnings)).toBe(
      '2018-04-09T19:39:12.675+00:00',
    )
    expect(warnings).toEqual([])
  })

  it('warns and gives null for a date it cannot read: feeds with bad dates are common', () => {
    const warnings: string[] = []
    expect(feedTime('yesterday', 'pubDate', warnings)).toBeNull()
    expect(warnings).toEqual(['Ignored pubDate "yesterday": not a date'])
  })

  it('warns when it takes a time as UTC', () => {
    const warnings: string[] = []
    expect(feedTime('Sun, 09 Jun 2024 07:00:00 CEST', 'pubDate', warnings)).toBe('2024-06-09T07:00:00+00:00')
    expect(feedTime('2024-06-09T07:00:00', 'dc:date', warnings)).toBe('2024-06-09T07:00:00+00:00')
    expect(warnings).toEqual([
      'Took pubDate as UTC: unknown zone "CEST" (Sun, 09 Jun 2024 07:00:00 CEST)',
      'Took dc:date as UTC: it has no offset (2024-06-09T07:00:00)',
    ])
  })
})
