import { isJsonObject } from '../json/json-object.ts'
import type { JsonObject } from '../json/json-object.ts'
import type { FieldOrigins } from './field-origins.ts'

/** 1.x singular concept arrays and their 2.x plural names. */
const PLURALS: Record<string, string> = {
  subject: 'subjects',
  person: 'people',
  place: 'places',
  organisation: 'organisations',
  object: 'objects',
  event: 'events',
  infosource: 'infosources',
}
/** Content types for the `body_*` / `description_*` suffixes; other suffixes (e.g. `nitf`) are kept as given. */
const SUFFIX_TYPES: Record<string, string> = {
  text: 'text/plain',
  html: 'text/html',
  xhtml: 'application/xhtml+xml',
}
/** Associations of associations are not read, so upgrading stops there. */
const MAX_DEPTH = 2

/**
 * Rewrites a ninjs 1.x document into the 2.x shape: `headline` → `headlines[]`, `body_*` → `bodies[]`,
 * `description_*` → `descriptions[]`, `byline` → `by`, singular concept arrays → plural ones with `scheme`+`code`
 * as `uri`, renditions and associations keyed by name → arrays with `name`, `mimetype` → `contenttype`.
 * Values of unexpected types are passed on untouched, for the schema to report with their path.
 */
export function upgradeNinjs1(doc: JsonObject, origins: FieldOrigins, at = '', depth = 0): JsonObject {
  const out: JsonObject = {}
  const texts: Record<'headlines' | 'bodies' | 'descriptions', JsonObject[]> = {
    headlines: [],
    bodies: [],
    descriptions: [],
  }
  const addText = (list: keyof typeof texts, key: string, entry: JsonObject) => {
    const path = `${at}${list}[${texts[list].length}]`
    // The whole entry comes from one key, so every field of it is reported as that key.
    for (const field of ['', '.value', '.role', '.contenttype']) origins.record(path + field, `${at}${key}`)
    texts[list].push(entry)
  }
  for (const [key, value] of Object.entries(doc)) {
    const suffix = /^(body|description)_(.+)$/.exec(key)
    if (key === 'headline') addText('headlines', key, { role: 'main', value })
    else if (suffix) {
      const list = suffix[1] === 'body' ? 'bodies' : 'descriptions'
      addText(list, key, {
        role: list === 'bodies' ? 'main' : 'description',
        contenttype: SUFFIX_TYPES[suffix[2]!] ?? suffix[2],
        value,
      })
    } else if (key === 'byline') rename(out, origins, at, key, 'by', value)
    else if (PLURALS[key] && Array.isArray(value))
      rename(out, origins, at, key, PLURALS[key], value.map(upgradeConcept))
    else if (key === 'renditions' && isJsonObject(value)) {
      out.renditions = keyedToArray(value, `${at}renditions`, origins, (r, path) =>
        upgradeRendition(r, path, origins),
      )
    } else if (key === 'associations' && depth < MAX_DEPTH && (isJsonObject(value) || Array.isArray(value))) {
      out.associations = keyedToArray(value, `${at}associations`, origins, (item, path) =>
        isJsonObject(item) ? upgradeNinjs1(item, origins, `${path}.`, depth + 1) : item,
      )
    } else out[key] = value
  }
  for (const list of ['headlines', 'bodies', 'descriptions'] as const) {
    if (texts[list].length && !(list in out)) out[list] = texts[list]
  }
  return out
}

function rename(
  out: JsonObject,
  origins: FieldOrigins,
  at: string,
  from: string,
  to: string,
  value: unknown,
): void {
  origins.record(`${at}${to}`, `${at}${from}`)
  out[to] = value
}

/** `{name: …}` objects keyed by name (or already an array) as an array; each entry records where it came from. */
function keyedToArray(
  value: JsonObject | unknown[],
  path: string,
  origins: FieldOrigins,
  upgrade: (item: unknown, path: string) => unknown,
): unknown[] {
  const entries = Array.isArray(value)
    ? value.map((item, i) => [String(i), item] as const)
    : Object.entries(value)
  return entries.map(([name, item], i) => {
    const itemPath = `${path}[${i}]`
    if (!Array.isArray(value)) origins.record(itemPath, `${path}.${name}`)
    const upgraded = upgrade(item, itemPath)
    return isJsonObject(upgraded) && !Array.isArray(value) ? { name, ...upgraded } : upgraded
  })
}

function upgradeRendition(item: unknown, path: string, origins: FieldOrigins): unknown {
  if (!isJsonObject(item) || !('mimetype' in item) || 'contenttype' in item) return item
  const { mimetype, ...rest } = item
  origins.record(`${path}.contenttype`, `${path}.mimetype`)
  return { ...rest, contenttype: mimetype }
}

/** 1.x `{name, rel, scheme, code}`: the uri is the scheme joined with the code; a bare alias scheme makes a QCode. */
function upgradeConcept(item: unknown): unknown {
  if (!isJsonObject(item) || typeof item.code !== 'string') return item
  const { scheme, code } = item
  let uri = item.uri
  if (uri === undefined && typeof scheme === 'string' && scheme) {
    uri = /[/#:]$/.test(scheme)
      ? scheme + code
      : /^[a-z][\w-]*$/i.test(scheme)
        ? `${scheme}:${code}`
        : `${scheme}/${code}`
  }
  return { ...item, uri, literal: item.literal ?? code }
}
