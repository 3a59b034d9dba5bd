import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { parseNinjs } from './parse-ninjs.ts'

const read = (file: string) => readFileSync(new URL(`./testdata/${file}`, import.meta.url), 'utf8')
const parseFile = (file: string) => parseNinjs(read(file), { source: file })
const parseJson = (doc: unknown) => parseNinjs(JSON.stringify(doc), { source: 'inline.json' })

function parseError(run: () => unknown): ParseError {
  try {
    run()
  } catch (error) {
    if (error instanceof ParseError) return error
    throw error
  }
  throw new Error('Expected a ParseError')
}

describe('parseNinjs() on 1.x', () => {
  const item = parseFile('ninjs-1-text.json')

  it('upgrades headline, byline, keyed associations and scheme+code subjects', () => {
    expect(item).toMatchObject({
      formatVersion: '1.x',
      version: '3',
      headline: 'River ferries resume after three-day halt',
      summary: 'Ferries on the southern routes run again after the water level rose.',
      contributors: [
        { kind: 'guest', name: 'Ines Okafor' },
        { kind: 'agency', name: 'Harbour Wire' },
      ],
      source: { name: 'Harbour Wire', kind: 'wire' },
      subjects: [
        {
          name: 'transport',
          uri: 'http://cv.iptc.org/newscodes/mediatopic/20000623',
          mediaTopic: '20000623',
        },
        { name: 'River traffic', uri: 'http://vocab.example/topics/rivers' },
      ],
      keywords: ['ferries', 'rivers'],
      urgency: 2,
    })
  })

  it('keeps the offsets and reads embargoed', () => {
    expect(item).toMatchObject({
      firstCreated: '2024-03-11T08:05:00+06:00',
      versionCreated: '2024-03-11T09:30:00+06:00',
      embargoedUntil: '2024-03-11T12:00:00+06:00',
    })
  })

  it('drops the headline h1 and the inline copy of the lead image, which takes the widest rendition', () => {
    expect(item.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph'])
    expect(item.body[0]).toMatchObject({
      content: [{ text: expect.stringMatching(/by $/) }, { text: '40\u00a0cm', bold: true }, {}],
    })
    expect(item.body[1]).toEqual({
      type: 'paragraph',
      content: [{ text: '“We are back to the normal timetable,” the operator said.' }],
    })
    expect(item.leadImage).toMatchObject({
      href: 'https://media.example/photos/quay-large.jpg',
      caption: 'Passengers board a ferry at the main quay on Monday.',
      credit: 'Rafiq Hasan',
      uri: 'urn:example:harbourwire:2024:photo-0042',
    })
  })
})

describe('parseNinjs() on 2.x', () => {
  const item = parseFile('ninjs-2-text.json')

  it('reads the declared version, the main headline and the plain summary of an html description', () => {
    expect(item).toMatchObject({
      formatVersion: '2.1',
      headline: 'Port extends night shifts to clear container backlog',
      summary: 'The port will run two night shifts until July.',
      language: 'bn-BD',
      dateline: { place: 'CHATTOGRAM' },
      copyrightNotice: '(c) 2024 Bay Wire',
      usageTerms: 'For use by subscribers only.',
      source: { name: 'Bay Wire', kind: 'wire' },
    })
  })

  it('splits a plain body at blank lines', () => {
    expect(item.body).toEqual([
      {
        type: 'paragraph',
        content: [{ text: 'The port authority said on Sunday it would add a second night shift.' }],
      },
      {
        type: 'paragraph',
        content: [{ text: 'About 4,000 containers wait on the quays, according to the authority.' }],
      },
    ])
  })

  it('recognises Media Topics by QCode and https uri, and takes no keywords from genres', () => {
    expect(item.subjects).toEqual([
      { name: 'economy, business and finance', uri: 'medtop:04000000', mediaTopic: '04000000' },
      {
        name: 'maritime freight',
        uri: 'https://cv.iptc.org/newscodes/mediatopic/20000643',
        mediaTopic: '20000643',
      },
      { name: 'PORTS' },
    ])
    expect(item.keywords).toEqual([])
  })

  it('takes a time without offset as UTC with a warning, and an empty embargo as none', () => {
    expect(item.firstCreated).toBe('2024-06-02T07:15:00+00:00')
    expect(item.versionCreated).toBe('2024-06-02T08:45:10.250+00:00')
    expect(item.embargoedUntil).toBeNull()
    expect(item.warnings).toEqual(['Took firstcreated as UTC: it has no offset (2024-06-02T07:15:00)'])
  })

  it('picks the smallest image rendition at least 1600 wide, with caption, alt and credit line', () => {
    expect(item.leadImage).toEqual({
      href: 'https://media.example/bay/5521-2000.jpg',
      mimeType: 'image/jpeg',
      width: 2000,
      height: 1333,
      caption: 'Cranes at the container terminal at dusk.',
      alt: 'Three cranes against an orange sky',
      credit: 'Bay Wire / Tanvir Ahmed',
      uri: 'urn:example:baywire:photo:5521',
    })
  })
})

describe('parseNinjs() on 3.x', () => {
  const item = parseFile('ninjs-3-text.json')

  it('reads standard.version, numeric versions and negative offsets', () => {
    expect(item).toMatchObject({
      formatVersion: '3.1',
      version: '4',
      firstCreated: '2025-01-20T10:00:00-05:00',
      embargoedUntil: '2025-01-20T12:00:00-05:00',
      dateline: { place: 'PORTLAND, Maine' },
      subjects: [
        { name: 'museum', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000038', mediaTopic: '20000038' },
      ],
    })
  })

  it('converts the xhtml body with its quote and list, without the script', () => {
    expect(item.body).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'The cottage at the point opened on Monday — 150 years after the first keeper moved in.' },
        ],
      },
      {
        type: 'quote',
        paragraphs: [[{ text: 'It feels like they just stepped out.' }]],
        attribution: 'A volunteer guide',
      },
      { type: 'list', ordered: false, items: [[{ text: 'Open daily' }], [{ text: 'Free entry' }]] },
    ])
  })

  it('leads with the picture rather than the logo, by rendition name when no width is given', () => {
    expect(item.leadImage).toMatchObject({
      href: 'https://media.example/north/88-base.jpg',
      caption: 'The keepers’ cottage',
      credit: 'Sam Ortiz',
      copyright: 'North Wire',
    })
  })
})

describe('parseNinjs() on status changes', () => {
  it('reads canceled and withheld', () => {
    expect(parseFile('ninjs-3-canceled.json')).toMatchObject({ pubStatus: 'canceled', version: '5' })
    expect(parseFile('ninjs-2-withheld.json')).toMatchObject({ pubStatus: 'withheld', formatVersion: '2.x' })
  })

  it('defaults to usable and reads "cancelled" too', () => {
    expect(parseJson({ uri: 'urn:x:1' }).pubStatus).toBe('usable')
    expect(parseJson({ uri: 'urn:x:1', pubStatus: 'Cancelled' }).pubStatus).toBe('canceled')
  })
})

describe('parseNinjs() on bad input', () => {
  it('refuses a missing or empty uri', () => {
    expect(parseError(() => parseFile('ninjs-missing-uri.json'))).toMatchObject({
      field: 'uri',
      source: 'ninjs-missing-uri.json',
    })
    expect(parseError(() => parseJson({ uri: '  ', headlines: [] }))).toMatchObject({ field: 'uri' })
    expect(
      parseError(() => parseJson({ api_version: '1.1', data: { item: { headline: 'x' } } })),
    ).toMatchObject({ field: 'data.item.uri' })
  })

  it('names the line of a JSON syntax error', () => {
    const error = parseError(() => parseFile('ninjs-bad-json.txt'))
    expect(error).toMatchObject({ line: 7 })
    expect(error.message).toMatch(/^ninjs-bad-json\.txt: Invalid JSON: .* \(line 7\)$/)
  })

  it('names the field of an unreadable date, as the document spells it', () => {
    expect(parseError(() => parseFile('ninjs-bad-date.json'))).toMatchObject({ field: 'versionCreated' })
    expect(parseError(() => parseJson({ uri: 'u', versioncreated: '2024-02-30T10:00:00Z' }))).toMatchObject({
      field: 'versioncreated',
    })
  })

  it('names the path of a field with the wrong type, as the document spells it', () => {
    expect(parseError(() => parseFile('ninjs-wrong-type.json'))).toMatchObject({
      field: 'headlines[0].value',
    })
    expect(parseError(() => parseJson({ uri: 'u', versionCreated: 20250101 }))).toMatchObject({
      field: 'versionCreated',
    })
    expect(parseError(() => parseJson({ uri: 'u', headline: 'h', byline: 7 }))).toMatchObject({
      field: 'byline',
    })
    expect(parseError(() => parseJson({ uri: 'u', headline: 9 }))).toMatchObject({ field: 'headline' })
    const keyed = {
      uri: 'u',
      headline: 'h',
      renditions: { main: { href: 'https://x/a.jpg', width: 'wide' } },
    }
    expect(parseError(() => parseJson(keyed))).toMatchObject({ field: 'renditions.main.width' })
    const lower = { uri: 'u', bodies: [{ contenttype: 5, value: 'x' }], headlines: [] }
    expect(parseError(() => parseJson(lower))).toMatchObject({ field: 'bodies[0].contenttype' })
  })

  it('refuses a document that is not one JSON object', () => {
    expect(parseError(() => parseNinjs('[1, 2]', { source: 'a.json' })).message).toBe(
      'a.json: Expected a JSON object at the top level',
    )
    expect(parseError(() => parseJson({ data: { items: [] } }))).toMatchObject({ field: 'data.items' })
  })
})
