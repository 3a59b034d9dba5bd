import type { NormalizedItem } from '../../core/normalized-item.ts'
import { contributorsFromByline } from '../byline/contributors-from-byline.ts'

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+/
const EMAILS = new RegExp(EMAIL.source, 'g')
const MAX_AUTHOR = 300

/**
 * A name from an author field: RSS `author` is an address, often with the name beside it ("jo@x.org (Jo Roe)",
 * "Jo Roe <jo@x.org>"). A bare address gives no name: addresses are not bylines.
 */
export function authorName(author: string): string {
  // Names are short; the cap keeps the patterns below linear on a hostile megabyte-long field.
  const value = author.slice(0, MAX_AUTHOR)
  const inParens = /\(([^()]+)\)/.exec(value)?.[1]
  const name = (inParens && !EMAIL.test(inParens) ? inParens : value.replace(/<[^>]*>/g, ''))
    .replace(EMAILS, '')
    .replace(/[()]/g, '')
  return name.replace(/\s+/g, ' ').trim()
}

/** The byline from the authors' names, and the people in it; the feed's own name counts as an agency, not a guest. */
export function feedPeople(
  names: readonly string[],
  feedName: string,
): Pick<NormalizedItem, 'byline' | 'contributors'> {
  const unique = [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean))]
  const byline = unique.join(', ')
  return {
    byline,
    contributors: byline ? contributorsFromByline(byline, { agencies: feedName ? [feedName] : [] }) : [],
  }
}
