import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { extendedIso, nitfTime } from './nitf-time.ts'

const context = () => ({ source: 'x.xml', field: 'date.issue@norm', warnings: [] as string[] })

describe('nitfTime()', () => {
  it.each([
    ['20151210T191044Z', '2015-12-10T19:10:44+00:00'],
    ['20170102T222800+0000', '2017-01-02T22:28:00+00:00'],
    ['20240611T081500+0200', '2024-06-11T08:15:00+02:00'],
    ['20240611T0815-0530', '2024-06-11T08:15:00-05:30'],
    ['20240611T081500.250Z', '2024-06-11T08:15:00.250+00:00'],
    ['2024-06-11T08:15:00+02:00', '2024-06-11T08:15:00+02:00'],
  ])('reads %s as %s, keeping the offset', (value, expected) => {
    expect(nitfTime(value, context())).toBe(expected)
  })

  it('takes a date alone as midnight UTC, warned', () => {
    const ctx = context()
    expect(nitfTime('20240611', ctx)).toBe('2024-06-11T00:00:00+00:00')
    expect(ctx.warnings).toHaveLength(1)
  })

  it('is null for an absent value', () => {
    expect(nitfTime('  ', context())).toBeNull()
  })

  it.each(['20240230T120000Z', '20241301T000000Z', '20240611T250000Z', 'tomorrow', '2024061'])(
    'refuses %s with a ParseError naming the field',
    (value) => {
      expect(() => nitfTime(value, context())).toThrow(ParseError)
      expect(() => nitfTime(value, context())).toThrow(/field date\.issue@norm/)
    },
  )

  it('leaves text that is not basic format to the extended-format reader', () => {
    expect(extendedIso('2024-06-11T08:15:00Z')).toBe('2024-06-11T08:15:00Z')
  })
})
