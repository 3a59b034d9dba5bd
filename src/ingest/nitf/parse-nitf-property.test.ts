import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { parseNitf } from './parse-nitf.ts'
import { mutatedDocument, xmlDocument } from './xml-arbitrary.ts'

/** Either a normalized item or a ParseError; anything else escaping parseNitf is a bug. */
function outcome(text: string): 'item' | 'parse-error' {
  try {
    parseNitf(text, { source: 'random.xml' })
    return 'item'
  } catch (error) {
    if (error instanceof ParseError) return 'parse-error'
    throw error
  }
}

const SAMPLE = readFileSync(fileURLToPath(new URL('./testdata/ferry-full.xml', import.meta.url)), 'utf8')

const NITF = {
  root: 'nitf',
  elements: [
    ...[
      'head',
      'docdata',
      'doc-id',
      'du-key',
      'date.issue',
      'date.release',
      'date.expire',
      'urgency',
      'ed-msg',
    ],
    ...['tobject', 'tobject.subject', 'key-list', 'keyword', 'doc.copyright', 'title', 'body', 'body.head'],
    ...['hedline', 'hl1', 'hl2', 'byline', 'byttl', 'person', 'dateline', 'location', 'city', 'abstract'],
    ...['body.content', 'block', 'p', 'em', 'a', 'bq', 'credit', 'ul', 'li', 'media', 'media-reference'],
    ...[
      'media-caption',
      'media-producer',
      'note',
      'pre',
      'table',
      'tr',
      'td',
      'body.end',
      'tagline',
      'script',
    ],
  ],
  attributes: [
    ...['id-string', 'norm', 'version', 'key', 'ed-urg', 'info', 'holder', 'management-status', 'href'],
    ...[
      'source',
      'mime-type',
      'width',
      'height',
      'media-type',
      'tobject.subject.refnum',
      'xml:lang',
      'onclick',
    ],
  ],
  values: [
    ...['20151210T191044Z', '20170102T222800+0000', '20241345T990000Z', '2024-06-11T08:15:00+02:00', ''],
    ...['https://x.example/a.jpg', 'javascript:alert(1)', 'image/jpeg', 'video', '5', '0', '-1', '99999999'],
    ...['11006005', 'embargoed', 'canceled', 'gr/bp', 'By A and B', '—', '“', '&amp;', '&#8217;', '&nbsp;'],
  ],
}

describe('parseNitf() property', () => {
  it('returns an item or throws ParseError for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => ['item', 'parse-error'].includes(outcome(text))),
      { numRuns: 200 },
    )
  })

  it('returns an item or throws ParseError for NITF-shaped documents, escaped or not', () => {
    fc.assert(
      fc.property(xmlDocument(NITF), (text) => ['item', 'parse-error'].includes(outcome(text))),
      { numRuns: 200 },
    )
  })

  it('returns an item or throws ParseError for the sample with characters changed', () => {
    fc.assert(
      fc.property(mutatedDocument(SAMPLE), (text) => ['item', 'parse-error'].includes(outcome(text))),
      { numRuns: 200 },
    )
  })

  it('parses the unedited sample', () => {
    expect(outcome(SAMPLE)).toBe('item')
  })
})
