/**
 * Inline text is a flat list of spans, each with its marks. This maps one-to-one onto a ProseMirror/Tiptap text node
 * with bold, italic and link marks, and keeps the stored document free of HTML. This file holds the shape and the
 * helpers with no dependency (the newsroom app's editor uses them in the browser); `inline.ts` adds the schema.
 */
export interface Span {
  text: string
  bold?: true
  italic?: true
  /** Only absolute http(s) and mailto links are accepted (see isSafeHref). */
  href?: string
}
export type Inline = Span[]

const SAFE_HREF = /^(https?:\/\/|mailto:)/i

/** True for link targets a reader may be sent to: absolute http(s) and mailto. No javascript:, data:, relative tricks. */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href.trim())
}

/** The plain text of inline content, e.g. for summaries, search and alt text. */
export function inlineText(spans: readonly Span[]): string {
  return spans.map((s) => s.text).join('')
}

/** Joins neighbouring spans with the same marks and drops empty ones, so equal documents compare equal. */
export function normalizeInline(spans: readonly Span[]): Inline {
  const out: Span[] = []
  for (const span of spans) {
    if (span.text === '') continue
    const prev = out.at(-1)
    if (prev && prev.bold === span.bold && prev.italic === span.italic && prev.href === span.href) {
      out[out.length - 1] = { ...prev, text: prev.text + span.text }
    } else {
      out.push({ ...span })
    }
  }
  return out
}

/**
 * Collapses whitespace the way a browser does (runs of spaces, tabs and newlines become one space, also across spans),
 * keeps explicit line breaks (`\n`, which only a `<br>` produces), and trims both ends. Non-breaking spaces inside
 * the text are kept.
 */
export function tidyInline(spans: readonly Span[]): Inline {
  const out: Span[] = []
  let lastWasSpace = true // at the start, leading whitespace is dropped
  for (const span of spans) {
    // Whole-span regular expressions: this runs for every run of text of every wire body, so no per-character loop.
    let text = span.text.replace(/[ \t\r\f\v]+/g, ' ').replace(/ ?\n ?/g, '\n')
    if (lastWasSpace && text.startsWith(' ')) text = text.slice(1)
    if (text.startsWith('\n') && out.length) {
      const prev = out[out.length - 1]!
      if (prev.text.endsWith(' ')) out[out.length - 1] = { ...prev, text: prev.text.slice(0, -1) }
    }
    if (text) lastWasSpace = text.endsWith(' ') || text.endsWith('\n')
    out.push({ ...span, text })
  }
  const joined = normalizeInline(out)
  while (joined.length) {
    const last = joined[joined.length - 1]!
    const trimmed = last.text.replace(/\s+$/, '')
    if (trimmed) {
      joined[joined.length - 1] = { ...last, text: trimmed }
      break
    }
    joined.pop()
  }
  return joined
}
