import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { inlineText } from '../../core/inline.ts'
import { isNewerVersion, mediaTopicCodes } from '../../core/normalized-item.ts'
import type { NormalizedItem, WireBlock } from '../../core/normalized-item.ts'
import { parseNewsml } from './parse-newsml.ts'

const TESTDATA = fileURLToPath(new URL('./testdata/', import.meta.url))
const read = (file: string) => readFileSync(TESTDATA + file, 'utf8')
const parseOne = (file: string): NormalizedItem => {
  const items = parseNewsml(read(file), { source: file })
  expect(items).toHaveLength(1)
  return items[0]!
}
const texts = (body: WireBlock[]) =>
  body.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? inlineText(b.content) : b.type))

function parseError(text: string, source = 'doc.xml'): ParseError {
  try {
    parseNewsml(text, { source })
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError)
    return error as ParseError
  }
  throw new Error('Expected a ParseError')
}

describe('parseNewsml() on a story’s life: version 1, a correction, a kill', () => {
  const [v1, v2, v3] = ['story-v1.xml', 'story-v2-correction.xml', 'story-v3-canceled.xml'].map(parseOne) as [
    NormalizedItem,
    NormalizedItem,
    NormalizedItem,
  ]

  it('reads version 1 in full: XHTML body without its repeated h1, roles, located, subjects, rights', () => {
    expect(v1).toMatchObject({
      format: 'newsml-g2',
      formatVersion: '2.33',
      uri: 'urn:newsml:meridianwire.example:20250314:ferry-timetable',
      version: '1',
      type: 'text',
      pubStatus: 'usable',
      // The role-less headline wins over the short one, and its run of spaces is collapsed.
      headline: 'River ferries to run a winter timetable into April',
      summary: 'Crossings will stay at four a day until the river rises.',
      byline: 'By Nadia Rahman and Tomas Ekdahl, Meridian Wire',
      contributors: [
        { kind: 'guest', name: 'Nadia Rahman' },
        { kind: 'guest', name: 'Tomas Ekdahl' },
        { kind: 'agency', name: 'Meridian Wire' },
      ],
      source: { name: 'Meridian Wire', kind: 'wire' },
      provider: 'Meridian Wire Service',
      copyrightHolder: 'Meridian Wire Service',
      copyrightNotice: 'Copyright 2025 Meridian Wire Service',
      usageTerms: 'Editorial use only by subscribers.',
      dateline: { place: 'Khulna', country: 'Bangladesh' },
      language: 'en',
      keywords: ['ferries', 'monsoon'],
      urgency: 4,
      edNote: 'Times are local. A photo follows.',
      slugline: 'BD-FERRY-TIMETABLE',
      signals: [],
      firstCreated: '2025-03-14T09:30:00+06:00',
      versionCreated: '2025-03-14T09:30:00+06:00',
      embargoedUntil: null,
      expires: null,
      leadImage: null,
      warnings: [],
    })
    expect(v1.subjects).toEqual([
      { name: 'transport', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000759', mediaTopic: '20000759' },
      { name: 'politics', uri: 'http://cv.iptc.org/newscodes/mediatopic/11000000', mediaTopic: '11000000' },
      { name: 'Rivers desk', uri: 'mws:rivers' },
    ])
    expect(mediaTopicCodes(v1.subjects)).toEqual(['20000759', '11000000'])
    expect(texts(v1.body)).toEqual([
      expect.stringMatching(/^KHULNA, March 14 \(Meridian Wire\) – The river authority said on Friday/),
      expect.stringMatching(/^The authority’s spokesperson, Farhana Kabir, said/),
      'Evening service',
      'Two boats will leave the northern landing at 18:00 and 20:30 & return within the hour.',
      'list',
      'Traders at the market said the change would cost them a day’s sales each week. Full timetable',
    ])
    expect(v1.body[1]).toMatchObject({
      content: expect.arrayContaining([{ text: 'unsafe to load fully', italic: true }]),
    })
    expect(v1.body[2]).toMatchObject({ type: 'heading', level: 2 })
  })

  it('reads version 2 as a correction of the same item, newer than version 1', () => {
    expect(v2).toMatchObject({ uri: v1.uri, version: '2', pubStatus: 'usable', signals: ['correction'] })
    expect(v2.edNote).toMatch(/^Corrects the second evening departure/)
    expect(texts(v2.body)[3]).toContain('18:00 and 19:30')
    expect(isNewerVersion(v2, v1)).toBe(true)
  })

  it('reads version 3 as a kill: canceled by pubStatus URI, no body needed', () => {
    expect(v3).toMatchObject({ uri: v1.uri, version: '3', pubStatus: 'canceled', body: [] })
    expect(v3.edNote).toMatch(/^KILL\./)
    expect(isNewerVersion(v3, v2)).toBe(true)
  })
})

describe('parseNewsml() holds and embargoes', () => {
  it('reads stat:withheld as held; prefixed elements, xml:lang and a time without offset (taken as UTC, warned)', () => {
    const item = parseOne('withheld.xml')
    expect(item).toMatchObject({
      pubStatus: 'withheld',
      language: 'en-GB',
      provider: 'Meridian Wire Service',
      versionCreated: '2025-04-02T08:15:00+00:00',
    })
    expect(texts(item.body)).toEqual([
      'The ruling is expected next week.',
      'Both parties declined to comment.',
    ])
    expect(item.warnings).toEqual([
      'Read itemMeta.versionCreated (2025-04-02T08:15:00) as 2025-04-02T08:15:00+00:00: no offset, taken as UTC',
    ])
  })

  it('keeps an embargo in the future with its offset, the expiry and a plain-text body', () => {
    const item = parseOne('embargoed-future.xml')
    expect(item).toMatchObject({
      pubStatus: 'usable',
      embargoedUntil: '2099-06-05T15:00:00+06:00',
      expires: '2099-07-01T00:00:00+06:00',
      signals: ['update'],
    })
    expect(texts(item.body)).toEqual([
      'The finance ministry will present the budget at 15:00.',
      'The draft seen by Meridian Wire raises the school meal allowance by a tenth and leaves fuel duty unchanged.',
    ])
  })

  it('holds an item embargoed with no time yet: withheld, with a warning, and no invented embargo instant', () => {
    const item = parseOne('embargoed-empty.xml')
    expect(item).toMatchObject({ pubStatus: 'withheld', embargoedUntil: null })
    expect(item.warnings).toEqual([
      'Embargoed with no time given yet: held as withheld until a version gives the time',
    ])
  })
})

describe('parseNewsml() on messages, pictures and NITF', () => {
  it('returns the good items of a newsMessage in order, each warned about the broken one', () => {
    const items = parseNewsml(read('message-one-broken.xml'), { source: 'message-one-broken.xml' })
    expect(items.map((i) => i.headline)).toEqual([
      'Rice harvest beats forecast',
      'Monsoon arrives a week early',
    ])
    // xml:lang of the message is inherited; an item's own xml:lang wins.
    expect(items.map((i) => i.language)).toEqual(['en', 'en-GB'])
    for (const item of items) {
      expect(item.warnings).toEqual([
        'Skipped itemSet.newsItem[1] (urn:newsml:meridianwire.example:20250601:broken) of the newsMessage: ' +
          'Invalid date: "2025-06-31T09:59:00Z"',
      ])
    }
  })

  it('throws the item’s own error, with its field and line, when a message’s only item is broken', () => {
    const text = read('message-one-broken.xml').replace(
      /<newsItem guid="urn:newsml:meridianwire\.example:20250601:(?:harvest|rain)"[\s\S]*?<\/newsItem>/g,
      '',
    )
    const error = parseError(text, 'one.xml')
    const line = text.slice(0, text.indexOf('<versionCreated>2025-06-31')).split('\n').length
    expect(error).toMatchObject({ field: 'itemSet.newsItem[0].itemMeta.versionCreated', line })
  })

  it('picks the smallest rendition at least 1600 px wide among fetchable ones, with caption, alt and credit', () => {
    const item = parseOne('picture-renditions.xml')
    expect(item).toMatchObject({
      type: 'picture',
      byline: 'Asha Roy',
      headline: 'Ferry at the southern landing',
    })
    expect(item.leadImage).toEqual({
      href: 'https://images.meridianwire.example/ferry-2048.jpg',
      mimeType: 'image/jpeg',
      width: 2048,
      height: 1365,
      caption: 'Passengers board the morning ferry at the southern landing in Khulna on June 12, 2025.',
      alt: 'A ferry',
      credit: 'Asha Roy',
      uri: 'urn:newsml:meridianwire.example:20250612:ferry-photo',
      copyright: 'Meridian Wire Service',
    })
    expect(item.warnings).toEqual(['Skipped renditions without a usable href: preview, print'])
  })

  it('maps an inline NITF body: hl2, block, a picture media as a figure; drops video, base64 objects and notes', () => {
    const item = parseOne('nitf-media.xml')
    expect(item).toMatchObject({
      headline: 'Tea prices ease at the first auction of the season',
      byline: 'By Rafiq Chowdhury, Meridian Wire Correspondent',
      contributors: [{ kind: 'guest', name: 'Rafiq Chowdhury', role: 'Meridian Wire Correspondent' }],
      dateline: { place: 'SYLHET' },
      warnings: [],
    })
    expect(item.body.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'figure-ref',
      'paragraph',
    ])
    expect(item.body[3]).toEqual({
      type: 'figure-ref',
      image: {
        href: 'https://images.meridianwire.example/tea-1800.jpg',
        alt: 'Tea pickers',
        caption: 'Pickers on an estate near Sylhet.',
        credit: 'Meridian Wire/Rafiq Chowdhury',
        width: 1800,
        height: 1200,
      },
    })
    const all = JSON.stringify(item.body)
    expect(all).not.toMatch(/QUJDRA|per kilogram|tea\.mp4|Reporting by/)
  })
})

describe('parseNewsml() on hostile and broken input', () => {
  it('sanitizes an XHTML body: no script, event handler, javascript: link, iframe or data: image; the figure stays', () => {
    const item = parseOne('xhtml-hostile.xml')
    expect(item.body.map((b) => b.type)).toEqual(['paragraph', 'figure-ref', 'paragraph', 'paragraph'])
    expect(item.body[1]).toMatchObject({
      image: {
        href: 'https://images.meridianwire.example/market-1600.jpg',
        caption: 'Stalls at dusk.',
        credit: 'Meridian Wire/Asha Roy',
      },
    })
    expect(item.body[2]).toEqual({
      type: 'paragraph',
      content: [
        { text: 'Read the council notice or ' },
        { text: 'the original', href: 'https://council.example/notice' },
        { text: '.' },
      ],
    })
    // A self-closed <b/> does not make the rest of the paragraph bold.
    expect(item.body[3]).toEqual({
      type: 'paragraph',
      content: [{ text: 'Vendors paid nothing for the first month.' }],
    })
    expect(JSON.stringify(item)).not.toMatch(/steal|evil|cookie|javascript|data:image/)
  })

  it('refuses an item without a guid, naming the field and the line', () => {
    expect(parseError(read('missing-guid.xml'), 'missing-guid.xml')).toMatchObject({
      field: '@guid',
      line: 2,
    })
  })

  it('refuses an impossible date, naming itemMeta.versionCreated and its line', () => {
    const error = parseError(read('bad-date.xml'), 'bad-date.xml')
    expect(error).toMatchObject({ source: 'bad-date.xml', field: 'itemMeta.versionCreated', line: 8 })
    expect(error.message).toContain('Invalid date: "2025-02-30T25:00:00Z"')
  })

  it('refuses billion laughs and external entities before parsing', () => {
    for (const file of ['billion-laughs.xml', 'external-entity.xml']) {
      const error = parseError(read(file), file)
      expect(error.message).toMatch(/Refused: the document declares entities or a DTD subset/)
      expect(error.line).toBe(2)
    }
  })

  it('reports truncated and unreadable documents as ParseErrors with a line', () => {
    const story = read('story-v1.xml')
    const cut = story.indexOf('application/xhtml+xml') + 5 // inside an attribute value
    expect(parseError(story.slice(0, cut))).toMatchObject({ line: story.slice(0, cut).split('\n').length })
    // Cut between elements: the unclosed elements are reported (safe-xml says line 1 for those).
    expect(parseError(story.slice(0, 1500)).message).toMatch(/Not well-formed XML/)
    expect(parseError('').message).toMatch(/doc\.xml/)
    expect(parseError('{"uri": "not xml"}').message).toMatch(/doc\.xml/)
    expect(parseError('<rss version="2.0"><channel/></rss>').message).toMatch(/the root element is rss/)
    expect(parseError('<newsItem guid="x"><contentMeta/></newsItem>')).toMatchObject({
      field: 'itemMeta',
      line: 1,
    })
  })
})

describe('parseNewsml() speed', () => {
  it('parses a typical text item 500 times in well under 1.5 s', () => {
    const text = read('story-v1.xml')
    parseNewsml(text, { source: 'warm-up' })
    const start = performance.now()
    for (let i = 0; i < 500; i++) parseNewsml(text, { source: 'story-v1.xml' })
    expect(performance.now() - start).toBeLessThan(1500)
  })
})
