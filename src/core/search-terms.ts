/** At most this many words of a query are searched for; the rest are ignored. */
export const MAX_TERMS = 10
/** A word longer than this (in characters) is cut: no real word is, and the query must stay small. */
export const MAX_TERM_LENGTH = 50
/** Only this much of what a reader typed is read at all. */
const MAX_QUERY_LENGTH = 1000

/** The markers around each matched word in a search snippet: control characters no story text carries. */
export const HIT_START = '\u0002'
export const HIT_END = '\u0003'

const words = new Intl.Segmenter('und', { granularity: 'word' })

/**
 * The words of a reader's query: split by Unicode word rules (which keep a Bengali word whole, vowel signs and
 * conjuncts included), lowercased, without punctuation, symbols or repeats, at most `MAX_TERMS`. Nothing of the
 * query's syntax survives, so `AND`, `NEAR`, quotes, stars or SQL are just words or nothing. An empty query, or
 * one of punctuation only, gives no terms.
 */
export function searchTerms(query: string): string[] {
  const terms = new Set<string>()
  for (const { segment, isWordLike } of words.segment(query.slice(0, MAX_QUERY_LENGTH))) {
    if (!isWordLike || !/[\p{L}\p{N}]/u.test(segment)) continue
    terms.add(Array.from(segment.toLowerCase()).slice(0, MAX_TERM_LENGTH).join(''))
    if (terms.size === MAX_TERMS) break
  }
  return [...terms]
}

/**
 * Whether a term may also match as the start of a longer word. Only the last term of a query gets this (the reader
 * may not have finished it, and Bengali has no stemmer, so "নদী" should find "নদীর"), and only from three
 * characters of letters and marks on: shorter beginnings match half the dictionary.
 */
export const matchesAsPrefix = (term: string): boolean =>
  Array.from(term).length >= 3 && /^[\p{L}\p{M}\p{N}]+$/u.test(term)

/**
 * The excerpt to show for a hit: the passage of the story's text around the match when the text matched, else the
 * summary when it did, else (the headline matched) the summary, or the opening of the text when there is none.
 */
export function bestSnippet(textSnippet: string, summary: string): string {
  if (textSnippet.includes(HIT_START)) return textSnippet
  if (summary.includes(HIT_START) || summary.trim()) return summary
  return textSnippet
}
