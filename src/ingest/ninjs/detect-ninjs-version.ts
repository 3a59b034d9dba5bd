import { isJsonObject } from '../json/json-object.ts'
import type { JsonObject } from '../json/json-object.ts'

export type NinjsLine = 1 | 2 | 3

/** The ninjs line a document belongs to, and its version: declared ("3.1") or recognised by shape ("3.x"). */
export interface NinjsVersion {
  line: NinjsLine
  version: string
}

/** camelCase names that only 3.x uses; 1.x and 2.x spell every field in lowercase. */
const CAMEL_KEYS = [
  'versionCreated',
  'firstCreated',
  'contentCreated',
  'embargoedUntil',
  'pubStatus',
  'copyrightHolder',
  'copyrightNotice',
  'usageTerms',
  'edNote',
  'altIds',
  'infoSources',
  'rightsInfo',
  'representationType',
  'trustIndicators',
  'digitalSourceType',
]
/** Singular concept arrays of 1.x, which 2.x made plural. */
const SINGULAR_KEYS = ['subject', 'person', 'place', 'organisation', 'object', 'event', 'infosource']

/**
 * Which ninjs line a document is: from `$schema` or `standard.version` when it says, else from its shape: camelCase
 * keys mean 3.x; a `headline`, `body_*`/`description_*` keys, `byline`, singular concept arrays or renditions
 * keyed by name mean 1.x; anything else (lowercase `headlines`, `bodies`, `versioncreated`) is 2.x.
 */
export function detectNinjsVersion(doc: JsonObject): NinjsVersion {
  const declared = declaredVersion(doc)
  if (declared) return declared
  if (CAMEL_KEYS.some((k) => k in doc) || hasCamelEntries(doc)) return { line: 3, version: '3.x' }
  if (looksLikeNinjs1(doc)) return { line: 1, version: '1.x' }
  return { line: 2, version: '2.x' }
}

function declaredVersion(doc: JsonObject): NinjsVersion | null {
  const standard = isJsonObject(doc.standard) ? doc.standard : {}
  const candidates = [
    typeof doc.$schema === 'string' && /ninjs/i.test(doc.$schema)
      ? /(\d+)\.(\d+)(?:\.\d+)?(?:\.json)?\/?$/.exec(doc.$schema)
      : null,
    (typeof standard.name !== 'string' || /ninjs/i.test(standard.name)) &&
    ['string', 'number'].includes(typeof standard.version)
      ? /^(\d+)\.(\d+)/.exec(String(standard.version))
      : null,
  ]
  for (const match of candidates) {
    const line = Number(match?.[1])
    if (line === 1 || line === 2 || line === 3) return { line, version: `${line}.${match![2]}` }
  }
  return null
}

function hasCamelEntries(doc: JsonObject): boolean {
  return ['headlines', 'descriptions', 'bodies', 'renditions'].some(
    (key) =>
      Array.isArray(doc[key]) &&
      doc[key].some((e) => isJsonObject(e) && ('contentType' in e || 'sizeInBytes' in e)),
  )
}

function looksLikeNinjs1(doc: JsonObject): boolean {
  return (
    'headline' in doc ||
    'byline' in doc ||
    Object.keys(doc).some((k) => /^(?:body|description)_/.test(k)) ||
    SINGULAR_KEYS.some((k) => Array.isArray(doc[k])) ||
    isJsonObject(doc.renditions) ||
    isJsonObject(doc.associations)
  )
}
