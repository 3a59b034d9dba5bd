import { inlineText, normalizeInline, tidyInline } from '../../core/inline.ts'
import type { Inline, Span } from '../../core/inline.ts'

/** The marks a span can carry: everything of a Span but its text. */
export type Marks = Omit<Span, 'text'>

const BLANK = /^[\s\u200b\u2060]*$/u

/**
 * Turns a run of collected spans into paragraphs: whitespace tidied the browser way, leading breaks dropped,
 * split where two or more `<br>` stand in for a paragraph break, and blank ones (`<p>&nbsp;</p>`) dropped.
 */
export function paragraphsFromRun(spans: readonly Span[]): Inline[] {
  if (spans.length === 0) return []
  const tidy = tidyInline(spans)
  // Most runs are one paragraph: no blank line inside, so no splitting and no second tidying.
  if (!tidy.some((s) => s.text.includes('\n\n'))) {
    const one = trimLeadingBreaks(tidy)
    return one.length && !BLANK.test(inlineText(one)) ? [one] : []
  }
  const paragraphs: Span[][] = [[]]
  for (const span of tidy) {
    const pieces = span.text.split(/\n{2,}/)
    pieces.forEach((text, i) => {
      if (i > 0) paragraphs.push([])
      paragraphs.at(-1)!.push({ ...span, text })
    })
  }
  return paragraphs.map((p) => trimLeadingBreaks(tidyInline(p))).filter((p) => !BLANK.test(inlineText(p)))
}

/** A paragraph does not start with a line break (a `<br>` at the start of a run). */
function trimLeadingBreaks(spans: Inline): Inline {
  const out = spans
  while (out.length && /^\s/.test(out[0]!.text)) {
    const text = out[0]!.text.replace(/^\s+/, '')
    if (text) out[0] = { ...out[0]!, text }
    else out.shift()
  }
  return out
}

/** Joins pieces of inline content with a separator, e.g. table cells with " – ". */
export function joinInline(pieces: readonly Inline[], separator: string): Inline {
  const out: Span[] = []
  for (const piece of pieces) {
    if (!piece.length) continue
    if (out.length) out.push({ text: separator })
    out.push(...piece)
  }
  return normalizeInline(out)
}

/** Plain text of spans, whitespace collapsed and trimmed: for captions, credits and attributions. */
export function plainText(spans: readonly Span[]): string {
  return inlineText(tidyInline(spans))
    .replace(/\s*\n\s*/g, ' ')
    .trim()
}

/** Whether two headlines say the same thing, ignoring whitespace, case and Unicode normalization form. */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase()
  return norm(a) !== '' && norm(a) === norm(b)
}
