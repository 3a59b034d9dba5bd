import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import { mutatedDocument, xmlDocument } from '../nitf/xml-arbitrary.ts'
import { testdataText } from './feed-test-support.ts'
import { parseAtom } from './parse-atom.ts'
import { parseRss } from './parse-rss.ts'

type Parser = (text: string, options: { source: string }) => NormalizedItem[]

/** Either items or a ParseError; anything else escaping a feed parser is a bug. */
function outcome(parse: Parser, text: string): 'items' | 'parse-error' {
  try {
    parse(text, { source: 'random.xml' })
    return 'items'
  } catch (error) {
    if (error instanceof ParseError) return 'parse-error'
    throw error
  }
}

const VALUES = [
  ...[
    'Tue, 20 Jul 2021 19:00:03 EDT',
    'Sun, 09 Jun 2024 07:00:00 BST',
    '2024-03-05T09:12:00+13:00',
    'soon',
    '',
  ],
  ...['https://x.example/a.jpg', '/relative/path', '../up.png', 'javascript:alert(1)', '//cdn.example/x'],
  ...['image/jpeg', 'image', 'html', 'xhtml', 'text', 'video/mp4', '1', '0', '-5', 'enclosure', 'alternate'],
  ...[
    '<p>x</p>',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '&amp;#8217;',
    '“—”',
    '&nbsp;',
  ],
]

const RSS = {
  root: 'rss',
  elements: [
    ...['channel', 'title', 'link', 'description', 'language', 'copyright', 'item', 'guid', 'pubDate'],
    ...['category', 'author', 'enclosure', 'content:encoded', 'dc:creator', 'dc:date', 'atom:updated'],
    ...[
      'media:content',
      'media:group',
      'media:thumbnail',
      'media:credit',
      'media:description',
      'media:title',
    ],
    ...['yandex:full-text', 'rdf:RDF', 'p', 'script'],
  ],
  attributes: [
    ...['url', 'type', 'medium', 'width', 'height', 'href', 'rel', 'isPermaLink', 'version', 'xml:base'],
    ...['xmlns:media', 'xmlns:content', 'xmlns:dc', 'xmlns'],
  ],
  values: [...VALUES, 'http://search.yahoo.com/mrss/', 'http://purl.org/rss/1.0/modules/content/'],
}

const ATOM = {
  root: 'feed',
  elements: [
    ...['id', 'title', 'subtitle', 'link', 'updated', 'published', 'author', 'name', 'entry', 'summary'],
    ...[
      'content',
      'category',
      'rights',
      'source',
      'div',
      'p',
      'a',
      'img',
      'script',
      'iframe',
      'media:content',
    ],
    ...['media:thumbnail', 'media:credit'],
  ],
  attributes: [
    ...['href', 'rel', 'type', 'src', 'term', 'label', 'xml:base', 'xml:lang', 'url', 'width', 'height'],
    ...['xmlns', 'xmlns:media', 'onclick'],
  ],
  values: [...VALUES, 'http://www.w3.org/2005/Atom', 'http://www.w3.org/1999/xhtml'],
}

const cases: { name: string; parse: Parser; vocabulary: typeof RSS; sample: string }[] = [
  { name: 'parseRss()', parse: parseRss, vocabulary: RSS, sample: testdataText('rss-full.xml') },
  { name: 'parseAtom()', parse: parseAtom, vocabulary: ATOM, sample: testdataText('atom-full.xml') },
]

describe.each(cases)('$name property', ({ parse, vocabulary, sample }) => {
  const ok = (text: string) => ['items', 'parse-error'].includes(outcome(parse, text))

  it('returns items or throws ParseError for any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), ok), { numRuns: 200 })
  })

  it('returns items or throws ParseError for feed-shaped documents, escaped or not', () => {
    fc.assert(fc.property(xmlDocument(vocabulary), ok), { numRuns: 200 })
  })

  it('returns items or throws ParseError for the sample with characters changed', () => {
    fc.assert(fc.property(mutatedDocument(sample), ok), { numRuns: 200 })
  })

  it('parses the unedited sample', () => {
    expect(outcome(parse, sample)).toBe('items')
  })
})
