import { isJsonObject } from '../json/json-object.ts'
import type { JsonObject } from '../json/json-object.ts'
import type { FieldOrigins } from './field-origins.ts'

/** 2.x item fields and their 3.x names; 3.x also renamed `embargoed` to `embargoedUntil`. */
const ITEM_KEYS: Record<string, string> = {
  firstcreated: 'firstCreated',
  versioncreated: 'versionCreated',
  contentcreated: 'contentCreated',
  embargoed: 'embargoedUntil',
  pubstatus: 'pubStatus',
  copyrightholder: 'copyrightHolder',
  copyrightnotice: 'copyrightNotice',
  usageterms: 'usageTerms',
  ednote: 'edNote',
  altids: 'altIds',
  infosources: 'infoSources',
  rightsinfo: 'rightsInfo',
  representationtype: 'representationType',
  trustindicators: 'trustIndicators',
}
/** Fields of headlines, descriptions, bodies and renditions. */
const ENTRY_KEYS: Record<string, string> = {
  contenttype: 'contentType',
  charcount: 'charCount',
  wordcount: 'wordCount',
  sizeinbytes: 'sizeInBytes',
}
const ENTRY_LISTS = ['headlines', 'descriptions', 'bodies', 'renditions']
const MAX_DEPTH = 2

/** Rewrites a ninjs 2.x document (or one upgraded from 1.x) into the 3.x camelCase shape. */
export function upgradeNinjs2(doc: JsonObject, origins: FieldOrigins, at = '', depth = 0): JsonObject {
  const out = renameKeys(doc, ITEM_KEYS, origins, at)
  for (const list of ENTRY_LISTS) {
    const entries = out[list]
    if (!Array.isArray(entries)) continue
    out[list] = entries.map((e, i) =>
      isJsonObject(e) ? renameKeys(e, ENTRY_KEYS, origins, `${at}${list}[${i}].`) : e,
    )
  }
  if (Array.isArray(out.associations) && depth < MAX_DEPTH) {
    out.associations = out.associations.map((a, i) =>
      isJsonObject(a) ? upgradeNinjs2(a, origins, `${at}associations[${i}].`, depth + 1) : a,
    )
  }
  return out
}

/** A copy with keys renamed; a key is left alone when its new name is already taken. */
function renameKeys(
  obj: JsonObject,
  names: Record<string, string>,
  origins: FieldOrigins,
  at: string,
): JsonObject {
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(obj)) {
    const to = Object.hasOwn(names, key) ? names[key]! : key
    if (to !== key && !(to in obj)) {
      origins.record(`${at}${to}`, `${at}${key}`)
      out[to] = value
    } else out[key] = value
  }
  return out
}
