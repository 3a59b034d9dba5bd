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

  it('says that XML formats are not read yet', () => {
    expect(() => parseWireDocument(bytes('<newsItem/>'), { source: 'g2.xml' })).toThrow(/not supported yet/)
  })
})
