import { describe, expect, it } from 'vitest'
import { inlineText, isSafeHref, normalizeInline, tidyInline, type Span } from './inline.ts'

describe('isSafeHref()', () => {
  it('allows absolute http, https and mailto links, in any case', () => {
    for (const href of [
      'http://news.example/a',
      'https://news.example/a?b=c#d',
      'HTTPS://NEWS.EXAMPLE',
      'mailto:desk@news.example',
    ]) {
      expect(isSafeHref(href), href).toBe(true)
    }
  })

  it('refuses script, data and vbscript links, whatever their case or leading whitespace', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '  javascript:alert(1)',
      '\tjavascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      expect(isSafeHref(href), href).toBe(false)
    }
  })

  it('refuses relative and protocol-relative links', () => {
    for (const href of ['/world/12/slug', 'story.html', '../up', '//evil.example/x', '#top', '']) {
      expect(isSafeHref(href), href).toBe(false)
    }
  })

  it('refuses other schemes and malformed http links', () => {
    for (const href of ['ftp://files.example/x', 'tel:+8801700000000', 'https:evil.example', 'http:/x']) {
      expect(isSafeHref(href), href).toBe(false)
    }
  })

  it('allows a safe link with surrounding whitespace', () => {
    expect(isSafeHref('  https://news.example/a  ')).toBe(true)
  })
})

describe('inlineText()', () => {
  it('joins the text of the spans, ignoring marks', () => {
    expect(
      inlineText([
        { text: 'The river ' },
        { text: 'rose', bold: true },
        { text: ' overnight', href: 'https://x.example' },
      ]),
    ).toBe('The river rose overnight')
    expect(inlineText([])).toBe('')
  })
})

describe('normalizeInline()', () => {
  it('merges neighbouring spans with equal marks', () => {
    expect(
      normalizeInline([
        { text: 'Ferries ' },
        { text: 'left ' },
        { text: 'at dawn', bold: true },
        { text: ' today', bold: true },
      ]),
    ).toEqual([{ text: 'Ferries left ' }, { text: 'at dawn today', bold: true }])
  })

  it('keeps spans with different marks or different links apart', () => {
    const spans: Span[] = [
      { text: 'a', bold: true },
      { text: 'b', bold: true, italic: true },
      { text: 'c', href: 'https://one.example' },
      { text: 'd', href: 'https://two.example' },
    ]
    expect(normalizeInline(spans)).toEqual(spans)
  })

  it('drops empty spans, so spans around one merge', () => {
    expect(
      normalizeInline([
        { text: 'a', bold: true },
        { text: '', italic: true },
        { text: 'b', bold: true },
      ]),
    ).toEqual([{ text: 'ab', bold: true }])
    expect(normalizeInline([{ text: '' }])).toEqual([])
  })

  it('treats an absent mark and an undefined one as the same', () => {
    expect(normalizeInline([{ text: 'a' }, { text: 'b', bold: undefined }])).toHaveLength(1)
  })

  it('leaves its input untouched', () => {
    const spans: Span[] = [{ text: 'a' }, { text: 'b' }]
    normalizeInline(spans)
    expect(spans).toEqual([{ text: 'a' }, { text: 'b' }])
  })
})

describe('tidyInline()', () => {
  it('collapses runs of spaces, tabs and carriage returns into one space', () => {
    expect(tidyInline([{ text: 'Boats\t\t left   the \r ghat' }])).toEqual([{ text: 'Boats left the ghat' }])
  })

  it('collapses whitespace across spans, keeping the first space', () => {
    expect(tidyInline([{ text: 'Rain ' }, { text: '  fell', bold: true }, { text: '   again ' }])).toEqual([
      { text: 'Rain ' },
      { text: 'fell', bold: true },
      { text: ' again' },
    ])
  })

  it('keeps a space-only span between words when its marks differ', () => {
    expect(tidyInline([{ text: 'a' }, { text: '   ', bold: true }, { text: 'b' }])).toEqual([
      { text: 'a' },
      { text: ' ', bold: true },
      { text: 'b' },
    ])
  })

  it('keeps line breaks and drops the spaces around them', () => {
    expect(tidyInline([{ text: 'line one  \n  line two' }])).toEqual([{ text: 'line one\nline two' }])
    expect(tidyInline([{ text: 'end ', bold: true }, { text: '\nnext' }])).toEqual([
      { text: 'end', bold: true },
      { text: '\nnext' },
    ])
  })

  it('trims both ends and drops spans left empty', () => {
    expect(tidyInline([{ text: '   ' }, { text: '  Hello  ' }, { text: '  ', italic: true }])).toEqual([
      { text: 'Hello' },
    ])
    expect(tidyInline([{ text: '   ' }])).toEqual([])
    expect(tidyInline([])).toEqual([])
  })

  it('keeps non-breaking spaces and does not collapse them', () => {
    expect(tidyInline([{ text: '25\u00a0000 kr' }])).toEqual([{ text: '25\u00a0000 kr' }])
    expect(tidyInline([{ text: 'a \u00a0\u00a0 b' }])).toEqual([{ text: 'a \u00a0\u00a0 b' }])
    expect(tidyInline([{ text: '\u00a0indented' }])).toEqual([{ text: '\u00a0indented' }])
  })

  it('merges spans with equal marks once tidied', () => {
    expect(tidyInline([{ text: 'one ' }, { text: ' two' }])).toEqual([{ text: 'one two' }])
  })
})
