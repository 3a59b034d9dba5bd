import type { NormalizedItem, PubStatus } from '../../core/normalized-item.ts'
import { schemeCode } from './newsml-concepts.ts'
import type { ItemContext } from './newsml-context.ts'
import { attribute, element, elements, text } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

const TYPES = ['text', 'picture', 'graphic', 'video', 'audio', 'composite'] as const

/** The item's nature from itemClass (`ninat:picture`, or an agency's `icls:text`); a package is composite. */
export function typeOf(itemMeta: Element | undefined, kind: string): NormalizedItem['type'] {
  const code = schemeCode(element(itemMeta, 'itemClass'), 'ninat', true).toLowerCase()
  if (!code) return kind === 'packageItem' ? 'composite' : 'text'
  return TYPES.find((t) => t === code) ?? 'other'
}

/** `stat:usable` when absent (the standard's default); an unknown status is taken as usable, with a warning. */
export function pubStatusOf(itemMeta: Element | undefined, warnings: string[]): PubStatus {
  const node = element(itemMeta, 'pubStatus')
  if (!node) return 'usable'
  const code = schemeCode(node, 'stat').toLowerCase()
  if (code === 'usable' || code === 'withheld' || code === 'canceled') return code
  if (code === 'cancelled') return 'canceled'
  warnings.push(
    `Unknown pubStatus ${JSON.stringify(attribute(node, 'qcode') || attribute(node, 'uri'))}: taken as usable`,
  )
  return 'usable'
}

/** IPTC signals (`sig:update`, `sig:correction` …) by code; agencies' own signal schemes are not read. */
export function signalsOf(itemMeta: Element | undefined): string[] {
  const codes = elements(itemMeta, 'signal').map((s) => schemeCode(s, 'sig'))
  return [...new Set(codes.filter(Boolean))]
}

/** 1 (most urgent) to 9; anything else is dropped with a warning. */
export function urgencyOf(contentMeta: Element | undefined, warnings: string[]): number | null {
  const value = text(element(contentMeta, 'urgency'))
  if (!value) return null
  const n = Number(value)
  if (Number.isInteger(n) && n >= 1 && n <= 9) return n
  warnings.push(`Ignored urgency ${JSON.stringify(value)}: not 1 to 9`)
  return null
}

/**
 * Times of the item. An `embargoed` element that is present but empty means "embargoed, time not yet given": the
 * item is held (pubStatus withheld, unless it is canceled) until a later version gives the time. Dateline does not
 * invent a far-future embargo instant: withheld already stops everything made from the item from being published.
 */
export function timesOf(
  itemMeta: Element | undefined,
  context: ItemContext,
  item: Pick<NormalizedItem, 'pubStatus'>,
): Pick<NormalizedItem, 'firstCreated' | 'versionCreated' | 'embargoedUntil' | 'expires' | 'pubStatus'> {
  const time = (name: string) => context.time(element(itemMeta, name), `itemMeta.${name}`)
  const versionCreated = time('versionCreated')
  if (!versionCreated) context.warnings.push('No itemMeta.versionCreated, which NewsML-G2 requires')
  const embargoedUntil = time('embargoed')
  let pubStatus = item.pubStatus
  if (!embargoedUntil && elements(itemMeta, 'embargoed').length && pubStatus === 'usable') {
    pubStatus = 'withheld'
    context.warnings.push('Embargoed with no time given yet: held as withheld until a version gives the time')
  }
  return {
    firstCreated: time('firstCreated'),
    versionCreated,
    embargoedUntil,
    expires: time('expires'),
    pubStatus,
  }
}
