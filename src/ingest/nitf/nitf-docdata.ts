import type { NormalizedItem, PubStatus } from '../../core/normalized-item.ts'
import { documentUri } from './document-uri.ts'
import { nitfTime } from './nitf-time.ts'
import { attr, childElements, cleanText, descend } from './xml-tree.ts'
import type { XmlElement } from './xml-tree.ts'

export interface DocdataContext {
  source: string
  /** The whole document, hashed into a uri when it names none. */
  text: string
  warnings: string[]
}

type DocdataFields = Pick<
  NormalizedItem,
  | 'uri'
  | 'version'
  | 'slugline'
  | 'urgency'
  | 'edNote'
  | 'pubStatus'
  | 'firstCreated'
  | 'versionCreated'
  | 'embargoedUntil'
  | 'expires'
  | 'keywords'
>

/**
 * What `head/docdata` says about the item. NITF has one issue time per document, so it is both when this version
 * was made and (as far as the document tells) when the item was first created; `date.release` is the embargo.
 */
export function readDocdata(nitf: XmlElement, context: DocdataContext): DocdataFields {
  const docdata = descend(nitf, 'head', 'docdata')
  const { warnings } = context
  const time = (element: string) =>
    nitfTime(attr(descend(docdata, element), 'norm'), { ...context, field: `${element}@norm` })
  const issued = time('date.issue')
  const embargoedUntil = time('date.release')
  const duKey = descend(docdata, 'du-key')
  return {
    uri: uriOf(docdata, context),
    // `version` is the data unit's version; some agencies count retransmissions in `generation` instead.
    version: attr(duKey, 'version') || attr(duKey, 'generation'),
    slugline: attr(duKey, 'key'),
    urgency: urgencyOf(attr(descend(docdata, 'urgency'), 'ed-urg'), warnings),
    edNote: childElements(docdata, 'ed-msg')
      .map((m) => [attr(m, 'info'), cleanText(m)].filter(Boolean).join(' '))
      .filter(Boolean)
      .join(' '),
    pubStatus: pubStatusOf(attr(docdata, 'management-status'), embargoedUntil, warnings),
    firstCreated: issued,
    versionCreated: issued,
    embargoedUntil,
    expires: time('date.expire'),
    keywords: keywordsOf(docdata),
  }
}

function uriOf(docdata: XmlElement | undefined, context: DocdataContext): string {
  const id = attr(descend(docdata, 'doc-id'), 'id-string')
  if (id) return id
  context.warnings.push(
    'No doc-id id-string: the uri is a hash of the document, so updates cannot be followed',
  )
  return documentUri('nitf', context.text)
}

/** 1 (most urgent) to 9; anything else is dropped with a warning. */
function urgencyOf(value: string, warnings: string[]): number | null {
  if (!value) return null
  const n = Number(value)
  if (Number.isInteger(n) && n >= 1 && n <= 9) return n
  warnings.push(`Ignored urgency ${JSON.stringify(value)}: not 1 to 9`)
  return null
}

/** `management-status`: usable by default. "embargoed" without a release time is held: it cannot be timed. */
function pubStatusOf(value: string, embargoedUntil: string | null, warnings: string[]): PubStatus {
  const status = value.toLowerCase()
  if (!status || status === 'usable') return 'usable'
  if (status === 'withheld' || status === 'canceled') return status
  if (status === 'cancelled') return 'canceled'
  if (status === 'embargoed') {
    if (embargoedUntil) return 'usable'
    warnings.push('Embargoed without a date.release: held as withheld')
    return 'withheld'
  }
  warnings.push(`Unknown management-status ${JSON.stringify(value)}: taken as usable`)
  return 'usable'
}

/** `key-list` keywords, and `doc-scope` areas (so routing rules can match them), without repeats. */
function keywordsOf(docdata: XmlElement | undefined): string[] {
  const keys = childElements(descend(docdata, 'key-list'), 'keyword').map((k) => attr(k, 'key'))
  const scopes = childElements(docdata, 'doc-scope').map((s) => attr(s, 'scope'))
  return [...new Set([...keys, ...scopes].filter(Boolean))]
}
