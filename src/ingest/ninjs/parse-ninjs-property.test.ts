import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { parseNinjs } from './parse-ninjs.ts'

/** Either a normalized item or a ParseError; anything else escaping parseNinjs is a bug. */
function outcome(text: string): 'item' | 'parse-error' {
  try {
    parseNinjs(text, { source: 'random.json' })
    return 'item'
  } catch (error) {
    if (error instanceof ParseError) return 'parse-error'
    throw error
  }
}

const KEYS = [
  'uri',
  'type',
  'version',
  'headline',
  'headlines',
  'byline',
  'by',
  'body_html',
  'body_text',
  'bodies',
  'descriptions',
  'description_text',
  'versionCreated',
  'versioncreated',
  'firstcreated',
  'embargoed',
  'embargoedUntil',
  'pubStatus',
  'pubstatus',
  'urgency',
  'language',
  'located',
  'subjects',
  'subject',
  'keywords',
  'infoSources',
  'infosources',
  'renditions',
  'associations',
  'copyrightHolder',
  'usageterms',
  '$schema',
  'standard',
  'data',
  'item',
  'value',
  'role',
  'contentType',
  'contenttype',
  'name',
  'href',
  'width',
  'code',
  'scheme',
  'provider',
]
/** JSON values shaped loosely like ninjs: known keys, any values, nested a few levels. */
const ninjsLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 1 }),
    fc.constantFrom(
      '2024-01-01T00:00:00Z',
      '<p>x</p>',
      '<img src="javascript:x">',
      'medtop:11000000',
      'picture',
      '',
    ),
    tie('object'),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 8 }),
}))

const SAMPLE = JSON.stringify({
  uri: 'urn:x:1',
  headlines: [{ role: 'main', value: 'Ferry news' }],
  bodies: [
    { contentType: 'text/html', value: '<p>A <b>bold</b> start.</p><figure><img src="a.jpg"></figure>' },
  ],
  versionCreated: '2024-01-01T10:00:00+06:00',
  associations: [
    {
      name: 'a',
      uri: 'urn:p',
      type: 'picture',
      renditions: [{ name: 'main', href: 'https://x/a.jpg', width: 2000 }],
    },
  ],
})

describe('parseNinjs() property', () => {
  it('returns an item or throws ParseError for any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => ['item', 'parse-error'].includes(outcome(text))),
      { numRuns: 300 },
    )
  })

  it('returns an item or throws ParseError for ninjs-shaped documents with random values', () => {
    fc.assert(
      fc.property(ninjsLike.object, fc.boolean(), (doc, wrap) => {
        const text = JSON.stringify(wrap ? { api_version: '1', data: { item: doc } } : doc)
        return ['item', 'parse-error'].includes(outcome(text))
      }),
      { numRuns: 500 },
    )
  })

  it('returns an item or throws ParseError for a valid document with characters changed', () => {
    const edit = fc.record({
      at: fc.nat({ max: SAMPLE.length }),
      drop: fc.nat({ max: 4 }),
      insert: fc.string({ maxLength: 4 }),
    })
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const text = edits.reduce((t, e) => t.slice(0, e.at) + e.insert + t.slice(e.at + e.drop), SAMPLE)
        return ['item', 'parse-error'].includes(outcome(text))
      }),
      { numRuns: 500 },
    )
  })

  it('parses the unedited sample', () => {
    expect(outcome(SAMPLE)).toBe('item')
  })
})
