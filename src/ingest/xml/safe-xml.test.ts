import { describe, expect, it } from 'vitest'
import type { ParseError } from '../../core/errors.ts'
import { assertSafeXml, assertWellFormed, parseSafeXml, xmlRoot } from './safe-xml.ts'

const caught = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return e as ParseError
  }
  throw new Error('expected an error')
}

describe('safe XML', () => {
  it('refuses entity declarations and DTD subsets (billion laughs, external entities), with the line', () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;">\n]>\n<t>&lol2;</t>'
    const error = caught(() => assertSafeXml(laughs, 'bomb.xml'))
    expect(error.message).toMatch(/^bomb\.xml: Refused: the document declares entities or a DTD subset/)
    expect(error.line).toBe(2)
    expect(() => assertSafeXml('<!DOCTYPE t SYSTEM "file:///etc/passwd"><t/>', 'x.xml')).not.toThrow() // never fetched
    expect(() => assertSafeXml('<t><!ENTITY x SYSTEM "file:///etc/passwd"></t>', 'x.xml')).toThrow(/Refused/)
  })

  it('names what is wrong with a document that is not well-formed, and where', () => {
    expect(caught(() => assertWellFormed('<a>\n<b>AT&T</b>\n</a>', 'amp.xml')).line).toBe(2)
    const cut = caught(() => assertWellFormed('<feed>\n<entry>\n<title>Half', 'cut.xml'))
    expect(cut.message).toMatch(/the document ends before these elements are closed: feed, entry/)
    expect(cut.line).toBe(3)
  })

  it('decodes character references once and leaves declared entities impossible', () => {
    const doc = parseSafeXml('<t a="caf&#233;">&amp;#8217; &#8217; &lt;b&gt;</t>', 't.xml') as {
      t: { '#text': string; '@a': string }
    }
    expect(doc.t['@a']).toBe('café')
    expect(doc.t['#text']).toBe('&#8217; ’ <b>')
  })

  it('tells the root element and its namespace', () => {
    expect(
      xmlRoot('<?xml version="1.0"?><!-- c --><g2:newsItem xmlns:g2="http://iptc.org/std/nar/2006-10-01/"/>'),
    ).toEqual({
      name: 'g2:newsItem',
      namespace: 'http://iptc.org/std/nar/2006-10-01/',
    })
    expect(xmlRoot('not xml')).toBeNull()
  })
})
