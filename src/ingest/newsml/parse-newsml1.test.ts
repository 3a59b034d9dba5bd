import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { inlineText } from '../../core/inline.ts'
import { parseNewsml1 } from './parse-newsml1.ts'

const TESTDATA = fileURLToPath(new URL('./testdata/', import.meta.url))

describe('parseNewsml1()', () => {
  it('reads a revision with an embargo until a StatusWillChange time, plain text, and skips a broken NewsItem', () => {
    const file = 'newsml1-two-items.xml'
    const items = parseNewsml1(readFileSync(TESTDATA + file, 'utf8'), { source: file })
    expect(items).toHaveLength(1)
    const item = items[0]!
    expect(item).toMatchObject({
      format: 'newsml-1',
      formatVersion: '1.2',
      uri: 'urn:newsml:meridianwire.example:20250701:port-strike',
      version: '2',
      pubStatus: 'usable',
      embargoedUntil: '2025-07-01T12:00:00+06:00',
      firstCreated: '2025-07-01T07:00:00+00:00',
      versionCreated: '2025-07-01T07:55:00+06:00',
      urgency: 2,
      headline: 'Dock workers call off strike after pay deal',
      byline: 'By Karim Hossain',
      contributors: [{ kind: 'guest', name: 'Karim Hossain' }],
      dateline: { place: 'CHATTOGRAM' },
      keywords: ['ports'],
      language: 'en',
      provider: 'Meridian Wire',
      subjects: [{ name: '09000000', uri: 'http://cv.iptc.org/newscodes/subjectcode/09000000' }],
    })
    expect(item.body.map((b) => (b.type === 'paragraph' ? inlineText(b.content) : b.type))).toEqual([
      'Work resumed at the container terminal on Tuesday.',
      'The union said the deal raises night-shift pay.',
    ])
    expect(item.warnings).toEqual([
      'Skipped NewsItem[1] of the NewsML document: Invalid date: "20250732T000000Z"',
    ])
  })

  it('refuses a NewsItem without an identifier, naming the field and line', () => {
    const text = '<NewsML>\n  <NewsItem>\n    <NewsComponent/>\n  </NewsItem>\n</NewsML>'
    let error: unknown
    try {
      parseNewsml1(text, { source: 'bare.xml' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ParseError)
    expect(error).toMatchObject({ field: 'Identification.NewsIdentifier', line: 2 })
  })
})
