import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { inlineText } from '../../core/inline.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import { parseNinjs } from './parse-ninjs.ts'

// Shared fixtures live beside the repository (../shared/fixtures/wire), never copied into it.
const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/wire/ninjs/', import.meta.url))
const present = existsSync(FIXTURES)
const title = present
  ? 'parseNinjs() on the shared wire fixtures'
  : `parseNinjs() fixtures skipped: ${FIXTURES} not found`

const parse = (file: string): NormalizedItem =>
  parseNinjs(readFileSync(FIXTURES + file, 'utf8'), { source: file })
const types = (item: NormalizedItem) => item.body.map((b) => b.type)

describe.skipIf(!present)(title, () => {
  it('reads TT’s 3.1 story: html body with quotes, headline h1 dropped, figure deduplicated against the lead image', () => {
    const item = parse('tt-ninjs-3.1-text-image.json')
    expect(item).toMatchObject({
      formatVersion: '3.x',
      uri: 'http://tt.se/media/text/210526-militarovning-a0f2d045',
      version: '1',
      type: 'text',
      pubStatus: 'usable',
      headline: 'Militärövning i jätteformat hålls 2023',
      language: 'sv',
      urgency: 3,
      copyrightHolder: 'TT',
      source: { name: 'TT', kind: 'wire' },
      versionCreated: '2021-05-26T13:40:18+02:00',
      firstCreated: null,
      keywords: [],
      subjects: [{ name: 'Krig, konflikter och oroligheter', uri: 'http://tt.se/spec/subref/1.0/16000000' }],
      warnings: [],
    })
    expect(item.summary).toMatch(/^Pandemin satte stopp/)
    expect(types(item)).toEqual(['paragraph', 'quote', 'paragraph', 'quote'])
    const first = item.body[0]
    expect(first?.type === 'paragraph' && first.content.find((s) => s.href)).toMatchObject({
      text: 'Sydöstran',
    })
    expect(item.leadImage).toMatchObject({
      href: 'https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalHires.jpg',
      width: 4724,
      credit: 'Karl Melander/TT',
      uri: 'http://tt.se/media/image/sdlk2sirkPaauM',
    })
    expect(item.leadImage?.caption).toMatch(/^En stor internationell försvarsövning/)
  })

  it('reads the IPTC 3.0 text example: xhtml body chosen over plain text, two contributors', () => {
    const item = parse('iptc-ninjs-3.0-simple-text-article.json')
    expect(item).toMatchObject({
      formatVersion: '3.x',
      version: '',
      pubStatus: 'usable',
      headline: 'Captain of wrecked cruise ship on trial in Italy',
      byline: "Paulo Santalucia and Frances d'Emilio",
      contributors: [
        { kind: 'guest', name: 'Paulo Santalucia' },
        { kind: 'guest', name: "Frances d'Emilio" },
      ],
      versionCreated: '2013-07-09T10:37:00+00:00',
      leadImage: null,
    })
    expect(types(item)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph'])
    const last = item.body[3]
    expect(last?.type === 'paragraph' && inlineText(last.content)).toMatch(
      /capsized\. Schettino has denied wrongdoing\.$/,
    )
  })

  it('reads the Business Wire 3.3 release: the photo, not the logo, leads; its uri stands in for missing hrefs', () => {
    const item = parse('iptc-ninjs-3.3-associations-businesswire.json')
    expect(item).toMatchObject({ type: 'composite', version: '1', formatVersion: '3.x' })
    expect(item.headline).toMatch(/^Dell Redefines Workstation/)
    expect(item.body).toEqual([{ type: 'paragraph', content: [{ text: '[ ... ]' }] }])
    expect(item.leadImage?.href).toBe('http://mms.businesswire.com/media/newsItemId/en/369394/3/0025lf.jpg')
    expect(item.warnings).toContain('Skipped renditions without an href: thumbnail, highres')
  })

  it('reads the 1.4 photo: renditions keyed by name, the item itself as the picture', () => {
    const item = parse('iptc-ninjs-1.4-simple-photo.json')
    expect(item).toMatchObject({
      formatVersion: '1.x',
      type: 'picture',
      headline: 'Costa Concordia cruise ship',
      byline: 'Paulo Santalucia',
      contributors: [{ kind: 'guest', name: 'Paulo Santalucia' }],
      versionCreated: '2013-07-08T08:12:00+00:00',
      leadImage: {
        href: 'http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg',
        width: 429,
        height: 281,
        credit: 'Paulo Santalucia',
        uri: 'http://ninjs.example.com/newsitems/20130709simpPh123',
      },
    })
    expect(item.leadImage?.caption).toMatch(/^The Costa Concordia cruise ship lies on its side.*early\.$/)
    expect(types(item)).toEqual(['paragraph'])
  })

  it('reads AP’s 2.0 image: a picture item with its own main rendition, caption and credit line', () => {
    const item = parse('ap-ninjs-2.0-image.json')
    expect(item).toMatchObject({
      formatVersion: '2.x',
      type: 'picture',
      version: '0',
      headline: 'Turkey Islamic State',
      language: 'en',
      urgency: 5,
      firstCreated: '2019-11-15T13:39:59+00:00',
      versionCreated: '2019-11-15T14:39:44+00:00',
      source: { name: 'DHA', kind: 'wire' },
      leadImage: { width: 3000, height: 2208, mimeType: 'image/jpeg', credit: 'ASSOCIATED PRESS' },
    })
    expect(item.leadImage?.href).toMatch(/\/download\?role=main&/)
    expect(item.leadImage?.caption).toMatch(/^FILE - In this Monday, Nov\. 11, 2019 file photo/)
    expect(item.subjects.map((s) => s.name)).toEqual([
      'International News',
      'File photo',
      'Government and politics',
    ])
    expect(item.subjects.some((s) => s.mediaTopic)).toBe(false)
    expect(types(item)).toEqual(['paragraph'])
  })

  it('unwraps the AP Media API envelope', () => {
    const item = parse('ap-media-api-text-item.json')
    expect(item).toMatchObject({
      formatVersion: '1.x',
      uri: 'https://d.e.f/media/v/content/5ee9b4b40ea5fe9c9ca60f890fb2e1d9?qt=HyIVRoKlHF&et=0a4aza0c0',
      version: '0',
      type: 'text',
      headline: 'BC-BBN--Top Ten',
      language: 'en',
      urgency: 4,
      keywords: ['BBN--Top Ten'],
      versionCreated: '2019-07-03T04:05:12+00:00',
      leadImage: null,
      body: [],
    })
    expect(item.copyrightNotice).toMatch(/^Copyright 2019 The Associated Press/)
    expect(item.usageTerms).toMatch(/^This content is intended for editorial use only/)
    expect(item.subjects).toContainEqual({
      name: 'MLB baseball',
      uri: 'http://cv.ap.org/id/94aaa8f88c0c100489d7b9433d2f4c0e',
    })
    expect(item.warnings).toContain('No body in the item')
  })
})
