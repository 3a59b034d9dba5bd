import type { Dateline } from '../../core/article.ts'
import { sameText } from '../html/inline-text.ts'
import { attr, childElements, cleanText, collapse, descend, isElement, textOf } from './xml-tree.ts'
import type { XmlElement } from './xml-tree.ts'

/** `hedline/hl1`, else the document `title` (warned); '' when there is neither. */
export function headlineOf(nitf: XmlElement, warnings: string[]): string {
  const hl1 = cleanText(descend(nitf, 'body', 'body.head', 'hedline', 'hl1'))
  if (hl1) return hl1
  const title = cleanText(descend(nitf, 'head', 'title'))
  warnings.push(title ? 'No hedline/hl1: used the head title' : 'No headline in the document')
  return title
}

/** The `abstract`, else the first `hl2` that is not the headline again (AP repeats it as "originalHeadline"). */
export function summaryOf(nitf: XmlElement, headline: string): string {
  const head = descend(nitf, 'body', 'body.head')
  const abstract = descend(head, 'abstract')
  if (abstract) {
    const paragraphs = childElements(abstract).map(cleanText).filter(Boolean)
    const text = paragraphs.length ? paragraphs.join(' ') : cleanText(abstract)
    if (text) return text
  }
  const hl2 = childElements(descend(head, 'hedline'), 'hl2').map(cleanText)
  return hl2.find((h) => h && !sameText(h, headline)) ?? ''
}

/**
 * The dateline place: `dateline/location` (its `city` and `country` when marked up), else the dateline's own text
 * without its `story.date`, else the event location's city (EFE gives only that).
 */
export function datelineOf(nitf: XmlElement): Dateline | null {
  const dateline = descend(nitf, 'body', 'body.head', 'dateline')
  const location = descend(dateline, 'location')
  const city = cleanText(descend(location, 'city'))
  const country = cleanText(descend(location, 'country'))
  const place =
    city ||
    tidyPlace(cleanText(location)) ||
    tidyPlace(
      collapse(
        (dateline?.children ?? [])
          .map((c) => (isElement(c) && c.local === 'story.date' ? ' ' : textOf(c)))
          .join(''),
      ),
    ) ||
    attr(descend(nitf, 'head', 'docdata', 'evloc'), 'city')
  if (!place) return null
  return city && country ? { place, country } : { place }
}

const TRAILING = new Set([' ', ',', ':', ';', '—', '–', '-'])

/** "NEW YORK, —" → "NEW YORK": datelines are written to run into the text. (A loop: a regex here backtracks.) */
function tidyPlace(text: string): string {
  let end = text.length
  while (end > 0 && TRAILING.has(text[end - 1]!)) end--
  return text.slice(0, end)
}

/** `xml:lang` on the document, its head, docdata or body, else NITF's `baselang`. */
export function languageOf(nitf: XmlElement): string {
  const candidates = [nitf, descend(nitf, 'head'), descend(nitf, 'head', 'docdata'), descend(nitf, 'body')]
  return candidates.map((el) => attr(el, 'xml:lang')).find(Boolean) ?? attr(nitf, 'baselang')
}
