import { describe, expect, it } from 'vitest'
import { isNewerVersion, mediaTopicCodes } from './normalized-item.ts'

const v = (version: string, versionCreated: string | null = null) => ({ version, versionCreated })

describe('mediaTopicCodes()', () => {
  it('lists the Media Topic codes of the subjects, in order, each once', () => {
    expect(
      mediaTopicCodes([
        { name: 'politics', mediaTopic: '11000000' },
        { name: 'energy', uri: 'http://agency.example/subjects/energy' },
        { name: 'politics again', mediaTopic: '11000000' },
        { name: 'economy', mediaTopic: '04000000' },
      ]),
    ).toEqual(['11000000', '04000000'])
  })

  it('is empty when no subject is a Media Topic', () => {
    expect(mediaTopicCodes([{ name: 'local' }])).toEqual([])
    expect(mediaTopicCodes([])).toEqual([])
  })
})

describe('isNewerVersion()', () => {
  it('compares numeric versions as numbers, not text', () => {
    expect(isNewerVersion(v('2'), v('1'))).toBe(true)
    expect(isNewerVersion(v('10'), v('9'))).toBe(true)
    expect(isNewerVersion(v('9'), v('10'))).toBe(false)
  })

  it('compares very large versions exactly', () => {
    expect(isNewerVersion(v('9007199254740993'), v('9007199254740992'))).toBe(true)
    expect(isNewerVersion(v('9007199254740992'), v('9007199254740993'))).toBe(false)
    expect(isNewerVersion(v('123456789012345678901234567890'), v('123456789012345678901234567889'))).toBe(
      true,
    )
  })

  it('never replaces with the same or a lower version, whatever versionCreated says', () => {
    expect(isNewerVersion(v('3'), v('3'))).toBe(false)
    expect(isNewerVersion(v('2'), v('3'))).toBe(false)
    expect(isNewerVersion(v('3', '2024-05-16T05:00:00Z'), v('3', '2024-05-16T04:00:00Z'))).toBe(false)
    expect(isNewerVersion(v('2', '2024-05-16T05:00:00Z'), v('3', '2024-05-16T04:00:00Z'))).toBe(false)
  })

  it('reads leading zeros as the same number', () => {
    expect(isNewerVersion(v('02'), v('2'))).toBe(false)
    expect(isNewerVersion(v('010'), v('9'))).toBe(true)
  })

  it('compares non-numeric versions with their numbers in order', () => {
    expect(isNewerVersion(v('v10'), v('v9'))).toBe(true)
    expect(isNewerVersion(v('1.10'), v('1.9'))).toBe(true)
    expect(isNewerVersion(v('1.9'), v('1.10'))).toBe(false)
    expect(isNewerVersion(v('rev-b'), v('rev-a'))).toBe(true)
    expect(isNewerVersion(v('v1'), v('v1'))).toBe(false)
  })

  it('falls back to versionCreated when a version is missing', () => {
    const earlier = '2024-05-16T03:00:00Z'
    const later = '2024-05-16T04:00:00Z'
    expect(isNewerVersion(v('', later), v('', earlier))).toBe(true)
    expect(isNewerVersion(v('', earlier), v('', later))).toBe(false)
    expect(isNewerVersion(v('', earlier), v('', earlier))).toBe(false)
    expect(isNewerVersion(v('', later), v('4', earlier))).toBe(true)
    expect(isNewerVersion(v('4', later), v('', earlier))).toBe(true)
  })

  it('compares versionCreated as instants, whatever offset each was written with', () => {
    expect(isNewerVersion(v('', '2024-05-16T09:00:00+06:00'), v('', '2024-05-16T03:00:00Z'))).toBe(false)
    expect(isNewerVersion(v('', '2024-05-16T09:00:01+06:00'), v('', '2024-05-16T03:00:00Z'))).toBe(true)
  })

  it('falls back to versionCreated when one version is numeric and the other is not', () => {
    expect(isNewerVersion(v('2'), v('v1'))).toBe(false)
    expect(isNewerVersion(v('2', '2024-05-16T04:00:00Z'), v('v1', '2024-05-16T03:00:00Z'))).toBe(true)
  })

  it('is false when neither version nor versionCreated tells', () => {
    expect(isNewerVersion(v(''), v(''))).toBe(false)
    expect(isNewerVersion(v('', '2024-05-16T04:00:00Z'), v(''))).toBe(false)
    expect(isNewerVersion(v(''), v('', '2024-05-16T04:00:00Z'))).toBe(false)
    expect(isNewerVersion(v('', 'not a date'), v('', '2024-05-16T04:00:00Z'))).toBe(false)
  })
})
