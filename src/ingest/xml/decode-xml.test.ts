import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { decodeXml, declaredEncoding } from './decode-xml.ts'

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)))

describe('decodeXml()', () => {
  it('reads the encoding a document declares, its byte order mark first', () => {
    expect(
      declaredEncoding(new TextEncoder().encode('<?xml version="1.0" encoding="Windows-1251"?><rss/>')),
    ).toBe('windows-1251')
    expect(declaredEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8')
    expect(declaredEncoding(Uint8Array.from([0xff, 0xfe, 0x3c, 0x00]))).toBe('utf-16le')
    expect(declaredEncoding(new TextEncoder().encode('<rss/>'))).toBe('utf-8')
  })

  it('decodes windows-1251 Cyrillic and windows-1252 typography as the characters they are', () => {
    const cyrillic = Uint8Array.from([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="windows-1251"?><t>'),
      0xcf,
      0xf0,
      0xe8,
      0xe2,
      0xe5,
      0xf2,
      ...new TextEncoder().encode('</t>'),
    ])
    expect(decodeXml(cyrillic, 'ru.xml').text).toContain('<t>Привет</t>')
    const quotes = latin1('<?xml version="1.0" encoding="windows-1252"?><t>\x93Tide\x94 \x97 \x80 5\x85</t>')
    expect(decodeXml(quotes, 'q.xml').text).toContain('<t>“Tide” — € 5…</t>')
    // ISO-8859-1 is read as windows-1252, as browsers do: agencies send the same bytes under either label.
    expect(
      decodeXml(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>caf\xe9 \x93x\x94</t>'), 'l.xml').text,
    ).toContain('café “x”')
  })

  it('refuses bytes that break the declared encoding, naming the file and the line', () => {
    const bad = Uint8Array.from([
      ...new TextEncoder().encode('<rss>\n<item>\n<title>ok</title>\n<title>'),
      0xe9,
      0x3c,
    ])
    const error = (() => {
      try {
        decodeXml(bad, 'wrong.xml')
      } catch (e) {
        return e
      }
    })() as ParseError
    expect(error).toBeInstanceOf(ParseError)
    expect(error.message).toMatch(/^wrong\.xml: Not valid utf-8 text/)
    expect(error.line).toBe(4)
    expect(error.field).toBe('encoding')
  })

  it('refuses an encoding it does not know', () => {
    expect(() =>
      decodeXml(new TextEncoder().encode('<?xml version="1.0" encoding="x-klingon"?><t/>'), 'k.xml'),
    ).toThrow(/Unknown encoding declared: x-klingon/)
  })
})
