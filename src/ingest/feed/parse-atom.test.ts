import { describe, expect, it } from 'vitest'
import {
  FIXTURES,
  blockText,
  bodyText,
  fixturesPresent,
  fixtureText,
  parseError,
  testdataText,
} from './feed-test-support.ts'
import { parseAtom } from './parse-atom.ts'

const own = (file: string) => parseAtom(testdataText(file), { source: file })

describe.skipIf(!fixturesPresent)(
  fixturesPresent
    ? 'parseAtom() on the shared wire fixtures'
    : `parseAtom() fixtures skipped: ${FIXTURES} not found`,
  () => {
    const items = () => parseAtom(fixtureText('atom/tpm-all-news-atom-1.0.xml'), { source: 'tpm.atom' })

    it('reads TPM’s 20 entries: tag ids, -05:00 offsets kept, authors, language, feed title as source', () => {
      const entries = items()
      expect(entries).toHaveLength(20)
      expect(entries[0]).toMatchObject({
        format: 'atom',
        formatVersion: '1.0',
        uri: 'tag:talkingpointsmemo.com,2005:ArticleDecorator/270060',
        version: '',
        headline: 'Hannity Announces Fox Has Hired Sebastian Gorka As NatSec Strategist',
        firstCreated: '2017-11-08T18:15:58-05:00',
        versionCreated: '2017-11-08T18:15:58-05:00',
        byline: 'Esme Cribb',
        contributors: [{ kind: 'guest', name: 'Esme Cribb' }],
        language: 'en-US',
        provider: 'All TPM News',
        warnings: [],
      })
      expect(entries.every((e) => e.warnings.length === 0)).toBe(true)
    })

    it('resolves the relative entry links against the feed’s web page, http://talkingpointsmemo.com', () => {
      expect(items()[0]?.source).toEqual({
        name: 'All TPM News',
        kind: 'syndication',
        url: 'http://talkingpointsmemo.com/livewire/hannity-announces-fox-hired-sebastian-gorka-national-security-strategist',
      })
      expect(items().every((e) => e.source?.url?.startsWith('http://talkingpointsmemo.com/'))).toBe(true)
    })

    it('unescapes html content once: &amp;#8217; is ’ and AT&amp;amp;T is AT&T, never a visible entity', () => {
      const entries = items()
      expect(blockText(entries[0]?.body[2])).toMatch(
        /^“It’s in large part, really, thanks to you, Sean,” Gorka replied/,
      )
      expect(entries[7]?.headline).toBe('Reports: DOJ Could Seek CNN Sale Before AT&T-Time Warner Merger')
      expect(bodyText(entries[7]!)).toContain(
        'The Department of Justice told AT&T that it would need to sell off CNN',
      )
      expect(JSON.stringify(entries)).not.toMatch(/&#\d+;|&amp;|&lt;|&gt;/)
    })

    it('keeps the AP dateline’s em dash and links in the text', () => {
      const entry = items()[2]!
      expect(blockText(entry.body[0])).toMatch(/^NEWARK, N\.J\. \(AP\) — Jurors finished a second full day/)
      expect(items()[0]?.body[1]).toMatchObject({
        content: [
          {},
          { text: 'radio show', href: expect.stringMatching(/^https:\/\/www\.mediamatters\.org\//) },
          {},
        ],
      })
    })

    it('removes embedded scripts and iframes; tweets stay as quotes, pictures as figures with their size', () => {
      const entries = items()
      const json = JSON.stringify(entries)
      for (const bad of ['<script', 'widgets.js', 'platform.twitter.com', 'iframe', 'youtube.com/embed']) {
        expect(json).not.toContain(bad)
      }
      const foxEntry = entries[5]!
      expect(foxEntry.body.some((b) => b.type === 'quote' && blockText(b).includes('sad trombone'))).toBe(
        true,
      )
      const figures = entries[16]!.body.filter((b) => b.type === 'figure-ref')
      expect(figures).toHaveLength(3)
      expect(figures[2]).toMatchObject({
        image: {
          width: 804,
          height: 536,
          alt: expect.stringMatching(/^Democrat Lt\. Gov\.-elect Justin(e)? Fairfax/),
        },
      })
    })
  },
)

describe('parseAtom() on original testdata', () => {
  const [wharf, waka, library, podcast] = own('atom-full.xml')

  it('reads the feed: html title read once, rights, language, author inherited by entries without one', () => {
    expect(wharf).toMatchObject({
      source: { name: 'Tidewater & District News', kind: 'syndication' },
      provider: 'Tidewater & District News',
      copyrightNotice: '© 2024 Tidewater News Trust',
      language: 'en-NZ',
      byline: 'Aroha Pene',
    })
    expect(library?.byline).toBe('Tidewater Newsroom')
  })

  it('reads an entry: id, xml:base-relative link, published and updated with +13:00, categories', () => {
    expect(wharf).toMatchObject({
      uri: 'tag:tidewater.example.com,2024:story/981',
      headline: 'Wharf repairs finish two weeks early',
      summary: 'The main wharf reopens on Friday.',
      firstCreated: '2024-03-05T09:12:00+13:00',
      versionCreated: '2024-03-05T09:40:30+13:00',
      keywords: ['Infrastructure', 'waterfront'],
      source: { url: 'https://tidewater.example.com/news/2024/03/wharf-repairs' },
      leadImage: { href: 'https://tidewater.example.com/media/wharf.jpg', mimeType: 'image/jpeg' },
      warnings: [],
    })
  })

  it('decodes html content exactly once: &amp;#8212; is a dash, &amp;amp;#8217; stays visible as &#8217;', () => {
    expect(blockText(wharf?.body[0])).toBe('Crews finished the piles on Monday — a fortnight ahead of plan.')
    expect(blockText(wharf?.body[1])).toBe(
      'The contractor wrote &#8217; in its report by mistake, and the report shows it.',
    )
  })

  it('resolves relative links and pictures in content against xml:base, and drops scripts, frames and handlers', () => {
    expect(wharf?.body).toEqual([
      expect.anything(),
      {
        type: 'paragraph',
        content: [
          { text: 'The contractor wrote &#8217; in its report by mistake, and ' },
          { text: 'the report', href: 'https://tidewater.example.com/news/pdf/report.pdf' },
          { text: ' shows it.' },
        ],
      },
      {
        type: 'figure-ref',
        image: {
          href: 'https://tidewater.example.com/news/img/crane.jpg',
          caption: '',
          credit: '',
          alt: 'A crane on the wharf',
        },
      },
      { type: 'paragraph', content: [{ text: 'Click here for the timetable.' }] },
    ])
    const json = JSON.stringify(wharf)
    for (const bad of ['hacked', 'document.title', 'player.example', 'onerror', 'alert', 'javascript']) {
      expect(json).not.toContain(bad)
    }
  })

  it('reads xhtml title and content from their div, with the entry’s own xml:base and language', () => {
    expect(waka).toMatchObject({
      headline: 'Waka ama crews take the title',
      language: 'mi',
      firstCreated: null,
      versionCreated: '2024-03-04T18:00:00+13:00',
      source: { url: 'https://tidewater.example.com/sport/waka-ama-title' },
    })
    expect(waka?.body).toEqual([
      { type: 'heading', level: 2, content: [{ text: 'Final race' }] },
      {
        type: 'paragraph',
        content: [
          { text: 'The women’s crew won by ' },
          { text: 'two lengths', bold: true },
          { text: '.\nThe men’s crew came third.' },
        ],
      },
      {
        type: 'paragraph',
        content: [
          { text: 'Full results', href: 'https://tidewater.example.com/sport/results' },
          { text: ' & ' },
          { text: 'photos', href: 'https://tidewater.example.com/sport/photos' },
          { text: '.' },
        ],
      },
    ])
    expect(JSON.stringify(waka)).not.toMatch(/xhtml'|evil|onclick/)
  })

  it('prefers media:content to a thumbnail, with its credit and its html description as text', () => {
    expect(waka?.leadImage).toEqual({
      href: 'https://cdn.example.com/waka-big.jpg',
      width: 1200,
      height: 800,
      caption: 'Crews paddle home.',
      credit: 'Photo: Mere Tautahi',
      alt: 'Crews paddle home.',
    })
  })

  it('uses a text summary as the body when there is no content; an unreadable date is only a warning', () => {
    expect(library).toMatchObject({
      summary: 'The library will close at 6 p.m. on weekdays. From April it will open on Sundays.',
      firstCreated: null,
      versionCreated: null,
      source: { url: 'https://tidewater.example.com/library-hours' },
    })
    expect(library?.body.map(blockText)).toEqual([
      'The library will close at 6 p.m. on weekdays.',
      'From April it will open on Sundays.',
    ])
    expect(library?.warnings).toEqual([
      'Ignored updated "last Tuesday": not a date',
      'No usable date: updated and published are missing or unreadable',
    ])
  })

  it('has no body for out-of-line content, warned', () => {
    expect(podcast?.body).toEqual([])
    expect(podcast?.warnings).toContain(
      'The content is out of line (https://tidewater.example.com/podcast/12.mp3): no body',
    )
  })

  it('reports a truncated feed as not well-formed, and refuses external entities', () => {
    expect(parseError(() => own('atom-truncated.xml')).message).toMatch(
      /^atom-truncated\.xml: Not well-formed XML/,
    )
    const xxe = parseError(() => own('atom-external-entity.xml'))
    expect(xxe).toMatchObject({ line: 2 })
    expect(xxe.message).toContain('Refused: the document declares entities or a DTD subset')
  })

  it('refuses a document that is not Atom', () => {
    expect(parseError(() => parseAtom('<rss version="2.0"><channel/></rss>', { source: 'r' })).message).toBe(
      'r: Expected an Atom feed (root <feed>), found <rss>',
    )
  })

  it('parses a typical entry well within a millisecond or two', () => {
    const text = testdataText('atom-full.xml')
    for (let i = 0; i < 30; i++) parseAtom(text, { source: 'warm' })
    const runs = 100
    const start = performance.now()
    for (let i = 0; i < runs; i++) parseAtom(text, { source: 'speed' })
    // A loose bound for shared CI machines; the measured figure is in the report (well below this).
    expect((performance.now() - start) / runs / 4).toBeLessThan(5)
  })
})
