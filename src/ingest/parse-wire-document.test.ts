import { describe, expect, it } from 'vitest'
import { ParseError } from '../core/errors.ts'
import { parseWireDocument } from './parse-wire-document.ts'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('parseWireDocument()', () => {
  it('reads a ninjs document, with or without a byte order mark', () => {
    const doc = '\uFEFF{"uri":"urn:x:1","headlines":[{"value":"Ferry service resumes"}]}'
    const { items, text } = parseWireDocument(bytes(doc), { source: 'a.json' })
    expect(items).toHaveLength(1)
    expect(items[0]?.uri).toBe('urn:x:1')
    expect(items[0]?.headline).toBe('Ferry service resumes')
    expect(text).toBe(doc.slice(1)) // the byte order mark is not part of the text
  })

  it('names the file when it cannot tell what the document is', () => {
    expect(() => parseWireDocument(bytes('hello'), { source: 'notes.txt' })).toThrow(
      /notes\.txt: Unrecognised document/,
    )
  })

  it('refuses bytes that are not UTF-8 with a ParseError', () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])
    expect(() => parseWireDocument(latin1, { source: 'latin1.json' })).toThrow(ParseError)
  })

  it('tells the formats apart by their content', () => {
    const g2 = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:g2" version="1" standard="NewsML-G2" standardversion="2.29"><itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:X"/><versionCreated>2024-05-16T03:00:00Z</versionCreated></itemMeta><contentMeta><headline>Dock workers vote</headline></contentMeta></newsItem>`
    expect(parseWireDocument(bytes(g2), { source: 'g2.xml' })).toMatchObject({
      format: 'newsml',
      items: [{ uri: 'urn:x:g2', headline: 'Dock workers vote' }],
    })
    const feed = `<rss version="2.0"><channel><title>T</title><item><title>Tide tables</title><guid>urn:x:rss</guid></item></channel></rss>`
    expect(parseWireDocument(bytes(feed), { source: 'feed.xml' })).toMatchObject({
      format: 'rss',
      items: [{ uri: 'urn:x:rss' }],
    })
    expect(() => parseWireDocument(bytes('<html><body/></html>'), { source: 'page.html' })).toThrow(
      /Unrecognised document/,
    )
  })
})
