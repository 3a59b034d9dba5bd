import type { Block } from './blocks.ts'
import type { Contributor, Dateline, SourceAttribution } from './article.ts'

/** An image the item refers to, not yet fetched: where it is and what the wire says about it. */
export interface MediaRef {
  /** The rendition to fetch: an http(s) URL or a path relative to the document. */
  href: string
  mimeType?: string
  width?: number
  height?: number
  caption: string
  credit: string
  alt: string
  /** The picture's own wire uri, to tell the same image apart from a different one. */
  uri?: string
  copyright?: string
  /** Set once the picture is stored in the media library (on arrival), so a story made later reuses it. */
  assetId?: number
}

/** A figure in a wire body, before its image is fetched and stored. */
export interface FigureRef {
  type: 'figure-ref'
  image: MediaRef
}

export type WireBlock = Block | FigureRef

export type PubStatus = 'usable' | 'withheld' | 'canceled'

/** A subject from the wire: a Media Topic when it is one, otherwise a name from the agency's own scheme. */
export interface WireSubject {
  name: string
  uri?: string
  /** The eight-digit IPTC Media Topic code, when the subject is a Media Topic. */
  mediaTopic?: string
}

/**
 * What every wire parser produces, whatever the format: the agency's item in Dateline's terms.
 * Parsers fill it and never touch the database; the ingest service stores it.
 */
export interface NormalizedItem {
  format: string
  /** The version of the format the document declared or was recognised as, e.g. "3.1" for ninjs. */
  formatVersion: string
  uri: string
  /** The item's version as the agency gave it; "" when it gave none. */
  version: string
  type: 'text' | 'picture' | 'graphic' | 'video' | 'audio' | 'composite' | 'other'
  pubStatus: PubStatus
  headline: string
  summary: string
  body: WireBlock[]
  byline: string
  contributors: Contributor[]
  source: SourceAttribution | null
  copyrightHolder: string
  copyrightNotice: string
  usageTerms: string
  leadImage: MediaRef | null
  dateline: Dateline | null
  language: string
  subjects: WireSubject[]
  keywords: string[]
  urgency: number | null
  /** A note for the desk, never for readers (e.g. AP's "TURKEY OUT": a rights restriction). */
  edNote: string
  /** The agency's short working name of the story. */
  slugline: string
  /** Who supplied the item, e.g. "Reuters" (from the provider, or the source). */
  provider: string
  /** The agency's signals about this version, e.g. "update", "correction". */
  signals: string[]
  /** After this instant the item must no longer be used. */
  expires: string | null
  /** RFC 3339 with the offset the agency used. */
  firstCreated: string | null
  versionCreated: string | null
  embargoedUntil: string | null
  /** Things the parser noticed and worked around, e.g. a missing picture rendition. */
  warnings: string[]
}

/** An item with nothing known yet but its format and uri: parsers start here and fill in what they find. */
export function blankItem(format: string, formatVersion: string, uri: string): NormalizedItem {
  return {
    format,
    formatVersion,
    uri,
    version: '',
    type: 'text',
    pubStatus: 'usable',
    headline: '',
    summary: '',
    body: [],
    byline: '',
    contributors: [],
    source: null,
    copyrightHolder: '',
    copyrightNotice: '',
    usageTerms: '',
    leadImage: null,
    dateline: null,
    language: '',
    subjects: [],
    keywords: [],
    urgency: null,
    edNote: '',
    slugline: '',
    provider: '',
    signals: [],
    expires: null,
    firstCreated: null,
    versionCreated: null,
    embargoedUntil: null,
    warnings: [],
  }
}

/** The eight-digit Media Topic codes among an item's subjects, without repeats. */
export function mediaTopicCodes(subjects: readonly WireSubject[]): string[] {
  return [...new Set(subjects.flatMap((s) => (s.mediaTopic ? [s.mediaTopic] : [])))]
}

/**
 * Whether `incoming` should replace `current`: a higher version does; without versions on both sides, a later
 * versionCreated does. The same or a lower version never does.
 */
export function isNewerVersion(
  incoming: { version: string; versionCreated: string | null },
  current: { version: string; versionCreated: string | null },
): boolean {
  const a = /^\d+$/.test(incoming.version) ? BigInt(incoming.version) : null
  const b = /^\d+$/.test(current.version) ? BigInt(current.version) : null
  if (a !== null && b !== null) return a > b
  if (incoming.version && current.version && a === null && b === null) {
    return incoming.version.localeCompare(current.version, 'en', { numeric: true }) > 0
  }
  if (incoming.versionCreated && current.versionCreated) {
    return Date.parse(incoming.versionCreated) > Date.parse(current.versionCreated)
  }
  return false
}
