import type { Dateline } from '../../core/article.ts'
import type { WireSubject } from '../../core/normalized-item.ts'
import { mediaTopicCode } from '../subjects/media-topic-code.ts'
import { attribute, conceptLabel, elements, text } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

/**
 * The aliases of the IPTC standards catalog that Dateline reads (standards.md §2), so that `medtop:04000000` and
 * `http://cv.iptc.org/newscodes/mediatopic/04000000` mean the same. An agency's own aliases (`N2:`, `gyimeid:`) stay
 * as written: their catalogs are not fetched.
 */
const CATALOG: Readonly<Record<string, string>> = {
  medtop: 'http://cv.iptc.org/newscodes/mediatopic/',
  subj: 'http://cv.iptc.org/newscodes/subjectcode/',
  ninat: 'http://cv.iptc.org/newscodes/ninature/',
  stat: 'http://cv.iptc.org/newscodes/pubstatusg2/',
  sig: 'http://cv.iptc.org/newscodes/signal/',
  rnd: 'http://cv.iptc.org/newscodes/rendition/',
  nprov: 'http://cv.iptc.org/newscodes/newsprovider/',
  genre: 'http://cv.iptc.org/newscodes/genre/',
  cpnat: 'http://cv.iptc.org/newscodes/cpnature/',
}

/** A concept's identifier as a URI: its `uri`, or its `qcode` expanded through the catalog, or the qcode as written. */
export function conceptUri(node: Element | undefined): string {
  return attribute(node, 'uri') || expandQcode(attribute(node, 'qcode'))
}

export function expandQcode(qcode: string): string {
  const colon = qcode.indexOf(':')
  const base = colon > 0 ? CATALOG[qcode.slice(0, colon).toLowerCase()] : undefined
  return base ? base + qcode.slice(colon + 1) : qcode
}

/**
 * The code of a concept in one IPTC scheme, e.g. `canceled` for `stat:canceled` or its URI; "" when it is in another
 * scheme. With `anyScheme`, an agency's own alias is read by its code too (Reuters' `icls:text`).
 */
export function schemeCode(
  node: Element | undefined,
  scheme: keyof typeof CATALOG,
  anyScheme = false,
): string {
  return codeIn(conceptUri(node), scheme, anyScheme)
}

export function codeIn(uri: string, scheme: keyof typeof CATALOG, anyScheme = false): string {
  const base = CATALOG[scheme]!
  if (uri.startsWith(base)) return uri.slice(base.length).replace(/\/$/, '')
  if (!anyScheme) return ''
  return /^[\w.-]+:([\w.-]+)$/.exec(uri)?.[1] ?? ''
}

/** The local part of a role or type qcode (`drol:summary` → `summary`), lower-cased, for matching. */
export function roleOf(node: Element | undefined): string {
  const role = attribute(node, 'role')
  return role.slice(role.lastIndexOf(':') + 1).toLowerCase()
}

/** Subjects in order, without repeats: name (or the identifier), URI, and the Media Topic code when it is one. */
export function subjectsOf(contentMeta: Element | undefined): WireSubject[] {
  const out: WireSubject[] = []
  const seen = new Set<string>()
  for (const subject of elements(contentMeta, 'subject')) {
    const uri = conceptUri(subject)
    const name = conceptLabel(subject) || attribute(subject, 'qcode') || uri
    if (!name) continue
    const key = uri || `name:${name}`
    if (seen.has(key)) continue
    seen.add(key)
    const mediaTopic = mediaTopicCode(uri)
    out.push({ name, ...(uri ? { uri } : {}), ...(mediaTopic ? { mediaTopic } : {}) })
  }
  return out
}

export function keywordsOf(contentMeta: Element | undefined): string[] {
  return [...new Set(elements(contentMeta, 'keyword').map(text).filter(Boolean))]
}

/**
 * The dateline place: `located` (its name, and the country among its `broader` places), else the text of a
 * `dateline` up to its first comma or parenthesis ("BERLIN, Oct 21 (Reuters)" → "BERLIN").
 */
export function datelineOf(contentMeta: Element | undefined): Dateline | null {
  const located = elements(contentMeta, 'located')[0]
  const place = conceptLabel(located)
  if (place) {
    const country = elements(located, 'broader').find(isCountry)
    const countryName = country ? conceptLabel(country) : ''
    return countryName ? { place, country: countryName } : { place }
  }
  return placeFromDateline(text(elements(contentMeta, 'dateline')[0]))
}

export function placeFromDateline(dateline: string): Dateline | null {
  const place = dateline.split(/[,(]|\s[-–—]\s/)[0]!.trim()
  return place ? { place } : null
}

function isCountry(broader: Element): boolean {
  const type = attribute(broader, 'type').toLowerCase()
  const qcode = attribute(broader, 'qcode').toLowerCase()
  return type.endsWith(':country') || /^iso3166-1a[23]:[a-z]+$/.test(qcode)
}
