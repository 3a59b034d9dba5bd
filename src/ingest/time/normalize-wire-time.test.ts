import { describe, expect, it } from 'vitest'
import { normalizeWireTime } from './normalize-wire-time.ts'

describe('normalizeWireTime()', () => {
  it('keeps the offset the document used', () => {
    expect(normalizeWireTime('2021-05-26T13:45:00+02:00')).toEqual({
      time: '2021-05-26T13:45:00+02:00',
      assumedUtc: false,
    })
    expect(normalizeWireTime('2015-12-10T19:10:44-0500')?.time).toBe('2015-12-10T19:10:44-05:00')
    expect(normalizeWireTime('2015-12-10T19:10:44+06')?.time).toBe('2015-12-10T19:10:44+06:00')
  })

  it('writes Z and -00:00 as +00:00 and keeps fractions of a second', () => {
    expect(normalizeWireTime('2019-11-15T13:39:59Z')?.time).toBe('2019-11-15T13:39:59+00:00')
    expect(normalizeWireTime('2019-11-15t13:39:59.120z')?.time).toBe('2019-11-15T13:39:59.120+00:00')
    expect(normalizeWireTime('2019-11-15T13:39:59-00:00')?.time).toBe('2019-11-15T13:39:59+00:00')
  })

  it('takes a time without an offset as UTC and says so', () => {
    expect(normalizeWireTime(' 2013-07-08T08:12 ')).toEqual({
      time: '2013-07-08T08:12:00+00:00',
      assumedUtc: true,
    })
    expect(normalizeWireTime('2013-07-08')).toEqual({ time: '2013-07-08T00:00:00+00:00', assumedUtc: true })
  })

  it('refuses what is not a real date and time', () => {
    for (const bad of [
      'yesterday',
      '2021-13-01T00:00:00Z',
      '2021-02-30T00:00:00Z',
      '2021-05-26T24:00:00Z',
      '2021-05-26T10:61:00Z',
      '2021-05-26T10:00:00+25:00',
      '26/05/2021',
      '20210526T134018+0200',
      '',
    ]) {
      expect(normalizeWireTime(bad), bad).toBeNull()
    }
  })
})
