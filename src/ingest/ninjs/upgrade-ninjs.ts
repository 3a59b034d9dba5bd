import type { JsonObject } from '../json/json-object.ts'
import type { NinjsLine } from './detect-ninjs-version.ts'
import type { FieldOrigins } from './field-origins.ts'
import { upgradeNinjs1 } from './upgrade-ninjs-1.ts'
import { upgradeNinjs2 } from './upgrade-ninjs-2.ts'

/**
 * Any ninjs line in the 3.x shape, one step at a time (1.x → 2.x → 3.x), as the standard itself evolved. Only the
 * fields Dateline reads need to come through; the rest is copied as it was and ignored.
 */
export function upgradeNinjs(doc: JsonObject, line: NinjsLine, origins: FieldOrigins): JsonObject {
  const two = line === 1 ? upgradeNinjs1(doc, origins) : doc
  return line === 3 ? two : upgradeNinjs2(two, origins)
}
