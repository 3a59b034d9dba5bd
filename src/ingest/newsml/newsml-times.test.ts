import { describe, expect, it } from 'vitest'
import { newsmlTime } from './newsml-times.ts'

describe('newsmlTime()', () => {
  it('keeps the offset the agency used, with fractions, and ignores surrounding space', () => {
    expect(newsmlTime('2018-10-21T16:25:32-05:00')).toEqual({ time: '2018-10-21T16:25:32-05:00' })
    expect(newsmlTime('2017-01-31T03:47:29.000Z')).toEqual({ time: '2017-01-31T03:47:29.000+00:00' })
    expect(newsmlTime(' 2018-10-12T06:42:04Z ')).toEqual({ time: '2018-10-12T06:42:04+00:00' })
  })

  it('reads the basic format of NewsML 1 and NITF', () => {
    expect(newsmlTime('20240710T125902Z')).toEqual({ time: '2024-07-10T12:59:02+00:00' })
    expect(newsmlTime('20151210T191044+0000')).toEqual({ time: '2015-12-10T19:10:44+00:00' })
    expect(newsmlTime('20250314T093000+0600')).toEqual({ time: '2025-03-14T09:30:00+06:00' })
  })

  it('takes a time without offset as UTC and a truncated date as its first day, saying so', () => {
    expect(newsmlTime('2025-04-02T08:15:00')).toEqual({
      time: '2025-04-02T08:15:00+00:00',
      note: 'no offset, taken as UTC',
    })
    expect(newsmlTime('2024-07')).toEqual({
      time: '2024-07-01T00:00:00+00:00',
      note: 'a truncated date, taken as its first day',
    })
  })

  it('refuses what is not a real instant', () => {
    for (const value of [
      '2025-02-30T10:00:00Z',
      '2024-13',
      '20241301T000000Z',
      'yesterday',
      '2025-01-01T24:00:00Z',
    ]) {
      expect(newsmlTime(value)).toEqual({ invalid: true })
    }
  })
})
