import { ParseError } from '../../core/errors.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import { isJsonObject } from '../json/json-object.ts'
import type { JsonObject } from '../json/json-object.ts'
import { parseJsonDocument } from '../json/parse-json-document.ts'
import { detectNinjsVersion } from './detect-ninjs-version.ts'
import { FieldOrigins, formatPath } from './field-origins.ts'
import { mapNinjs } from './map-ninjs.ts'
import { ninjsItemSchema } from './ninjs-schema.ts'
import { upgradeNinjs } from './upgrade-ninjs.ts'

/**
 * Reads an IPTC ninjs document of any line (1.x, 2.x, 3.x), or an AP Media API response wrapping one, as a
 * normalized item. Bad input of any kind is a ParseError naming `source` and, where it can, the field or line.
 */
export function parseNinjs(text: string, options: { source: string }): NormalizedItem {
  try {
    return parse(text, options.source)
  } catch (error) {
    if (error instanceof ParseError) throw error
    // A safety net: an input we did not foresee must still fail the way every bad document does.
    throw new ParseError({
      source: options.source,
      message: 'Could not read the ninjs document',
      cause: error,
    })
  }
}

function parse(text: string, source: string): NormalizedItem {
  const { item, prefix } = unwrap(parseJsonDocument(text, source), source)
  const { line, version } = detectNinjsVersion(item)
  const origins = new FieldOrigins(prefix)
  const upgraded = upgradeNinjs(item, line, origins)
  if (upgraded.uri == null || (typeof upgraded.uri === 'string' && !upgraded.uri.trim())) {
    throw new ParseError({
      source,
      field: origins.original('uri'),
      message: 'Missing uri: every ninjs item needs one',
    })
  }
  const result = ninjsItemSchema.safeParse(upgraded)
  if (!result.success) {
    const issue = result.error.issues[0]!
    const field = origins.original(formatPath(issue.path))
    throw new ParseError({ source, field, message: `Unexpected value: ${issue.message}` })
  }
  const valid = { ...result.data, uri: String(result.data.uri) }
  return mapNinjs(valid, { source, formatVersion: version, field: (path) => origins.original(path) })
}

/** The item itself, or the one inside an AP Media API response (`{api_version, data: {item}}`). */
function unwrap(json: unknown, source: string): { item: JsonObject; prefix: string } {
  if (!isJsonObject(json))
    throw new ParseError({ source, message: 'Expected a JSON object at the top level' })
  if (!('uri' in json) && isJsonObject(json.data)) {
    if (isJsonObject(json.data.item)) return { item: json.data.item, prefix: 'data.item.' }
    if (Array.isArray(json.data.items)) {
      throw new ParseError({
        source,
        field: 'data.items',
        message: 'Expected one item, found a feed of items',
      })
    }
  }
  return { item: json, prefix: '' }
}
