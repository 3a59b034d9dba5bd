import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { inlineText } from '../../core/inline.ts'
import { mediaTopicCodes } from '../../core/normalized-item.ts'
import type { NormalizedItem, WireBlock } from '../../core/normalized-item.ts'
import { decodeXml } from '../xml/decode-xml.ts'
import { parseNewsml } from './parse-newsml.ts'
import { parseNewsml1 } from './parse-newsml1.ts'

// Shared fixtures live beside the repository (../shared/fixtures/wire), never copied into it.
const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/wire/', import.meta.url))
const present = existsSync(`${FIXTURES}newsml-g2`) && existsSync(`${FIXTURES}newsml-1`)
const title = (what: string) => (present ? what : `${what} skipped: ${FIXTURES} not found`)

const read = (file: string) => readFileSync(FIXTURES + file, 'utf8')
const parseOne = (file: string): NormalizedItem => {
  const items = parseNewsml(read(file), { source: file })
  expect(items).toHaveLength(1)
  return items[0]!
}
const texts = (body: WireBlock[]) =>
  body.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? inlineText(b.content) : b.type))

describe.skipIf(!present)(title('parseNewsml() on the shared NewsML-G2 fixtures'), () => {
  it('reads Listing 1: embargo, -05:00 offsets, located with broader places, update signal, comment-only body', () => {
    const item = parseOne('newsml-g2/iptc-newsmlg2-2.28-listing1-newsitem-text.xml')
    expect(item).toMatchObject({
      format: 'newsml-g2',
      formatVersion: '2.28',
      uri: 'urn:newsml:acmenews.com:20161018:US-FINANCE-FED',
      version: '11',
      type: 'text',
      pubStatus: 'usable',
      headline: 'Fed to halt QE to avert "bubble"',
      language: 'en-GB',
      firstCreated: '2016-10-18T13:12:21-05:00',
      versionCreated: '2018-10-21T16:25:32-05:00',
      embargoedUntil: '2018-10-23T12:00:00+00:00',
      dateline: { place: 'Berlin', country: 'Germany' },
      signals: ['update'],
      slugline: 'US-Finance-Fed',
      provider: 'REUTERS',
      copyrightHolder: 'Example Enews LLP',
      copyrightNotice: 'Copyright 2017-18 Example Enews LLP, all rights reserved',
      usageTerms: 'Not for use outside the United States',
      byline: 'Meredith Jameson',
      body: [],
    })
    expect(item.edNote).toMatch(
      /^Note to editors: STRICTLY EMBARGOED\. Not for public release until 12noon on Friday/,
    )
    expect(mediaTopicCodes(item.subjects)).toEqual(['04000000', '20000523'])
    expect(item.warnings).toEqual(['No body in the item'])
  })

  it('reads Listing 2: inline NITF body, its byline with byttl as the role, language tag, infoSource as source', () => {
    const item = parseOne('newsml-g2/iptc-newsmlg2-2.24-listing2-text-nitf-inline.xml')
    expect(item).toMatchObject({
      uri: 'urn:newsml:acmenews.com:20161121:US-FINANCE-FED',
      version: '10',
      headline: 'Fed to halt QE to avert "bubble"',
      language: 'en-US',
      byline: 'By Meredith Jameson, Staff Reporter',
      contributors: [{ kind: 'guest', name: 'Meredith Jameson', role: 'Staff Reporter' }],
      source: { name: 'Associated Press', kind: 'wire' },
      dateline: { place: 'New York, NY' },
      versionCreated: '2017-11-21T16:25:32-05:00',
      warnings: [],
    })
    expect(texts(item.body)).toHaveLength(2)
    expect(texts(item.body)[0]).toMatch(
      /^\(New York, NY - October 21\) Et, sent luptat luptat, commy Nim zzriureet/,
    )
    expect(mediaTopicCodes(item.subjects)).toEqual(['04000000', '20000350', '20000379'])
  })

  it('reads the Getty photo: the widest usable rendition, caption and credit, a versionCreated with a trailing space', () => {
    const item = parseOne('newsml-g2/iptc-getty-newsmlg2-2.33-listing3-photo.xml')
    expect(item).toMatchObject({
      uri: 'tag:gettyimages.com,2010:GYI0062134533',
      version: '11',
      type: 'picture',
      headline: 'Variety Of Recessionary Forces Leave Las Vegas Economy Scarred',
      versionCreated: '2018-10-12T06:42:04+00:00',
      firstCreated: '2010-10-20T20:58:00+00:00',
      language: 'en-US',
      byline: 'Spencer Platt',
      provider: 'Getty Images Inc.',
      copyrightHolder: 'Getty Images North America',
      keywords: ['business', 'economic', 'economy', 'finance', 'poor', 'poverty', 'gamble'],
    })
    expect(item.leadImage).toMatchObject({
      href: './GYI0062134533.jpg',
      mimeType: 'image/jpeg',
      width: 1500,
      height: 1001,
      credit: 'Getty Images',
      uri: 'tag:gettyimages.com,2010:GYI0062134533',
    })
    expect(item.leadImage!.caption).toMatch(
      /^A general view of part of downtown, including Las Vegas Boulevard/,
    )
    expect(item.leadImage!.caption).toMatch(/\(Photo by Spencer Platt\/Getty Images\)$/)
    expect(item.summary).toBe(item.leadImage!.caption)
    expect(texts(item.body)).toEqual([item.leadImage!.caption])
    // The web and thumb renditions point at file: addresses, which Dateline never fetches.
    expect(item.warnings).toEqual(['Skipped renditions without a usable href: web, thumb'])
    expect(mediaTopicCodes(item.subjects)).toEqual(['20000523', '20000533'])
    expect(item.subjects.map((s) => s.name)).toContain('Las Vegas Boulevard')
  })

  it('reads the packageItem as a composite listing its references, with no lead image from a residref picture', () => {
    const item = parseOne('newsml-g2/iptc-newsmlg2-2.30-listing6-packageitem.xml')
    expect(item).toMatchObject({
      uri: 'tag:example.com,2008:UK-NEWS-TOPTEN:UK20081220098658',
      version: '11',
      type: 'composite',
      headline: 'UK',
      edNote: 'Updates the previous version',
      signals: ['update'],
      provider: 'AcmeNews',
      leadImage: null,
      versionCreated: '2018-11-17T12:30:00+00:00',
    })
    expect(texts(item.body)).toEqual(['Obama annonce son équipe', 'Barack Obama arrive à Washington'])
    expect(item.warnings).toEqual(['No lead image: the package refers to its pictures without an href'])
  })

  it('refuses the newsMessage skeleton: its placeholder items are not items, so it is one clear ParseError', () => {
    const file = 'newsml-g2/iptc-newsmlg2-listing24-newsmessage-skeleton.xml'
    const error = catchError(() => parseNewsml(read(file), { source: file }))
    expect(error).toBeInstanceOf(ParseError)
    expect(error).toMatchObject({ source: file, field: 'itemSet.packageItem[0].@guid', line: 21 })
    expect(error.message).toMatch(
      /None of the 5 items of the newsMessage can be read; the first: Missing guid/,
    )
  })

  it('reads the Reuters gold newsMessage: CRLF, comments before the root, huge version, 36 subjects, preformatted body', () => {
    const file = 'newsml-g2/reuters-newsmlg2-2.10-newsmessage-text-gold.xml'
    expect(read(file)).toContain('\r\n')
    const item = parseOne(file)
    expect(item).toMatchObject({
      uri: 'tag:reuters.com,0000:newsml_L4N1FL0N0',
      version: '1132689232',
      type: 'text',
      pubStatus: 'usable',
      headline: 'PRECIOUS-Gold rises as Trump policy fuels safe haven demand',
      summary: '',
      language: 'en',
      urgency: 3,
      slugline: 'GLOBAL-PRECIOUS/ (UPDATE 1)',
      provider: 'reuters.com',
      source: { name: 'Reuters', kind: 'wire' },
      copyrightHolder: 'Thomson Reuters',
      versionCreated: '2017-01-31T03:47:29.000+00:00',
      firstCreated: '2017-01-31T03:47:29.000+00:00',
      signals: [],
      warnings: [],
    })
    expect(item.subjects).toHaveLength(36)
    expect(item.subjects[0]).toEqual({ name: 'MCC:OEC', uri: 'MCC:OEC' })
    // IPTC Subject Codes resolve to their own scheme, not to Media Topics.
    expect(item.subjects).toContainEqual({
      name: 'subj:11000000',
      uri: 'http://cv.iptc.org/newscodes/subjectcode/11000000',
    })
    expect(mediaTopicCodes(item.subjects)).toEqual([])

    // One <p> of preformatted text becomes its paragraphs, and its "*" lines a list.
    const body = texts(item.body)
    expect(body.slice(0, 4)).toEqual([
      '(Adds comments, detail)',
      'list',
      'By Arpan Varghese',
      expect.stringMatching(
        /^Jan 30 \(Reuters\) - Gold rose on Tuesday on increased safe haven demand as U\.S\./,
      ),
    ])
    expect(body).toHaveLength(16)
    expect(body.at(-1)).toBe(
      '(Reporting by Arpan Varghese in Bengaluru; Editing by Joseph Radford and Richard Pullin)',
    )
    expect(item.body[1]).toMatchObject({ type: 'list', ordered: false })
    expect(body.every((t) => !t.includes('\n') && !t.includes('  '))).toBe(true)
  })
})

describe.skipIf(!present)(title('parseNewsml1() on the shared NewsML 1.2 fixture'), () => {
  it('reads AFP’s ISO-8859-1 story: identifier parts as uri and version, basic-format dates, news lines, 11 paragraphs', () => {
    const file = 'newsml-1/afp-newsml-1.2-text-fr-iso8859-1.xml'
    const { text, encoding } = decodeXml(readFileSync(FIXTURES + file), file)
    expect(encoding).toBe('iso-8859-1')
    const items = parseNewsml1(text, { source: file })
    expect(items).toHaveLength(1)
    const item = items[0]!
    expect(item).toMatchObject({
      format: 'newsml-1',
      uri: 'urn:newsml:afp.com:20240710:240710125902.qpsp2jzk',
      version: '1',
      type: 'text',
      pubStatus: 'usable',
      headline: "Décès de Naomi Musenga: l'opératrice du Samu définitivement condamnée",
      language: 'fr',
      firstCreated: '2024-07-10T12:59:02+00:00',
      versionCreated: '2024-07-10T12:59:02+00:00',
      dateline: { place: 'Strasbourg' },
      copyrightNotice: '© 2024 AFP',
      slugline: 'procès-santé-secours',
      provider: 'AFP',
      source: { name: 'AFP', kind: 'wire' },
      warnings: [],
    })
    const body = texts(item.body)
    expect(body).toHaveLength(11)
    expect(body[0]).toMatch(/^L'opératrice du Samu condamnée pour non-assistance/)
    expect(body[1]).toContain("cabinet d'avocats Coubris & Associés.")
  })

  it('refuses a NewsML-G2 document; parseNewsml reads NewsML 1 as parseNewsml1 does', () => {
    const g2 = 'newsml-g2/iptc-newsmlg2-2.28-listing1-newsitem-text.xml'
    expect(() => parseNewsml1(read(g2), { source: g2 })).toThrow(
      /Not a NewsML 1 document: the root element is newsItem/,
    )
    const afp = 'newsml-1/afp-newsml-1.2-text-fr-iso8859-1.xml'
    const { text } = decodeXml(readFileSync(FIXTURES + afp), afp)
    expect(parseNewsml(text, { source: afp })).toEqual(parseNewsml1(text, { source: afp }))
  })
})

function catchError(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    return error as Error
  }
  throw new Error('Expected an error')
}
