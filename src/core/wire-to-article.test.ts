import { describe, expect, it } from 'vitest'
import { blankItem, type MediaRef, type NormalizedItem } from './normalized-item.ts'
import { resolveBody, wireMediaRefs, wireToArticleContent, type ResolveImage } from './wire-to-article.ts'

const picture = (href: string, caption = `Caption of ${href}`): MediaRef => ({
  href,
  caption,
  credit: 'Photo: Wire',
  alt: `Alt of ${href}`,
})

function item(overrides: Partial<NormalizedItem> = {}): NormalizedItem {
  return {
    ...blankItem('ninjs', '3.1', 'urn:dateline-test:wire:ferry-1'),
    version: '2',
    type: 'text',
    pubStatus: 'usable',
    headline: 'Night ferries return to the delta',
    summary: 'Three routes reopen after the floods.',
    body: [{ type: 'paragraph', content: [{ text: 'The first boat left at nine.' }] }],
    byline: '',
    contributors: [{ kind: 'staff', name: 'Rina Das' }],
    source: { name: 'Delta Wire', kind: 'wire' },
    copyrightHolder: 'Delta Wire Ltd',
    copyrightNotice: '© Delta Wire',
    usageTerms: '',
    leadImage: null,
    dateline: { place: 'BARISHAL' },
    language: 'bn',
    subjects: [],
    keywords: [],
    urgency: null,
    firstCreated: '2024-05-16T03:35:00Z',
    versionCreated: '2024-05-16T03:36:55Z',
    embargoedUntil: null,
    warnings: [],
    ...overrides,
  }
}

const content = (i: NormalizedItem, resolve: ResolveImage = () => null) =>
  wireToArticleContent(i, { resolve, deskId: 4, sectionId: 7, language: 'en' })

describe('resolveBody()', () => {
  it('turns wire figures into stored figures and drops those whose picture could not be stored', () => {
    const para = { type: 'paragraph' as const, content: [{ text: 'Text.' }] }
    const body = resolveBody(
      [
        { type: 'figure-ref', image: picture('a.jpg') },
        para,
        { type: 'figure-ref', image: picture('missing.jpg') },
      ],
      (ref) => (ref.href === 'a.jpg' ? 31 : null),
    )
    expect(body).toEqual([
      {
        type: 'figure',
        assetId: 31,
        caption: 'Caption of a.jpg',
        credit: 'Photo: Wire',
        alt: 'Alt of a.jpg',
      },
      para,
    ])
  })
})

describe('wireToArticleContent()', () => {
  it('maps the headline, slug, summary, placement, dateline and provenance', () => {
    const c = content(item())
    expect(c).toMatchObject({
      slug: 'night-ferries-return-to-the-delta',
      headline: 'Night ferries return to the delta',
      summary: 'Three routes reopen after the floods.',
      deskId: 4,
      sectionId: 7,
      dateline: { place: 'BARISHAL' },
      language: 'bn',
      provenance: { uri: 'urn:dateline-test:wire:ferry-1', version: '2', format: 'ninjs' },
    })
  })

  it("keeps the wire's own source, else names the copyright holder as a wire source", () => {
    expect(content(item()).source).toEqual({ name: 'Delta Wire', kind: 'wire' })
    expect(content(item({ source: null })).source).toEqual({ name: 'Delta Wire Ltd', kind: 'wire' })
    expect(content(item({ source: null, copyrightHolder: '' })).source).toBeNull()
  })

  it('takes contributors from the item, else one agency contributor from the byline', () => {
    expect(content(item()).contributors).toEqual([{ kind: 'staff', name: 'Rina Das' }])
    expect(content(item({ contributors: [], byline: 'Delta Wire staff' })).contributors).toEqual([
      { kind: 'agency', name: 'Delta Wire staff' },
    ])
    expect(content(item({ contributors: [], byline: '' })).contributors).toEqual([])
  })

  it('takes topics from the Media Topic subjects only', () => {
    const subjects = [
      { name: 'transport', mediaTopic: '20000614' },
      { name: 'boats', uri: 'http://agency.example/boats' },
      { name: 'transport', mediaTopic: '20000614' },
    ]
    expect(content(item({ subjects })).topics).toEqual(['20000614'])
  })

  it('takes tags from the keywords, trimmed, without blanks or repeats, at most 30', () => {
    expect(content(item({ keywords: [' ferries ', 'floods', 'ferries', '  ', 'delta'] })).tags).toEqual([
      'ferries',
      'floods',
      'delta',
    ])
    const many = Array.from({ length: 40 }, (_, i) => `tag ${i}`)
    expect(content(item({ keywords: many })).tags).toHaveLength(30)
  })

  it("falls back to the site's language when the item names none", () => {
    expect(content(item({ language: '' })).language).toBe('en')
  })

  it('uses the stored lead picture with its own caption, credit and alt', () => {
    const lead = picture('lead.jpg', 'Boats at the ghat')
    expect(content(item({ leadImage: lead }), () => 9).leadImage).toEqual({
      assetId: 9,
      caption: 'Boats at the ghat',
      credit: 'Photo: Wire',
      alt: 'Alt of lead.jpg',
    })
  })

  it('has no lead picture when it could not be stored', () => {
    expect(content(item({ leadImage: picture('lead.jpg') }), () => null).leadImage).toBeNull()
  })
})

describe('wireMediaRefs()', () => {
  it('lists the lead picture first, then the figures, each href once', () => {
    const refs = wireMediaRefs(
      item({
        leadImage: picture('lead.jpg'),
        body: [
          { type: 'figure-ref', image: picture('second.jpg') },
          { type: 'paragraph', content: [{ text: 'Text.' }] },
          { type: 'figure-ref', image: picture('lead.jpg') },
          { type: 'figure-ref', image: picture('second.jpg') },
          { type: 'figure-ref', image: picture('third.jpg') },
        ],
      }),
    )
    expect(refs.map((r) => r.href)).toEqual(['lead.jpg', 'second.jpg', 'third.jpg'])
  })

  it('is empty for an item without pictures', () => {
    expect(wireMediaRefs(item())).toEqual([])
  })
})
