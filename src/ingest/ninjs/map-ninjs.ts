import type { NormalizedItem, PubStatus } from '../../core/normalized-item.ts'
import { bodyOf } from './ninjs-body.ts'
import { leadImageOf } from './ninjs-image.ts'
import { contributorsOf, sourceOf } from './ninjs-people.ts'
import type { NinjsItem } from './ninjs-schema.ts'
import { keywordsOf, subjectsOf } from './ninjs-subjects.ts'
import { pickHeadline, pickSummary } from './ninjs-texts.ts'
import { ninjsTime } from './ninjs-times.ts'

export interface MapContext {
  source: string
  formatVersion: string
  /** The document's own name for a field of the 3.x intermediate, for error messages. */
  field: (path: string) => string
}

const TYPES = ['text', 'picture', 'graphic', 'video', 'audio', 'composite'] as const

/** A validated ninjs item in the 3.x shape as Dateline's normalized item. */
export function mapNinjs(item: NinjsItem & { uri: string }, context: MapContext): NormalizedItem {
  const warnings: string[] = []
  const time = (value: string | null | undefined, path: string) =>
    ninjsTime(value, { source: context.source, field: context.field(path), warnings })
  const firstCreated = time(item.firstCreated, 'firstCreated')
  const versionCreated = time(item.versionCreated, 'versionCreated')
  const embargoedUntil = time(
    item.embargoedUntil ?? item.embargoed,
    item.embargoedUntil != null ? 'embargoedUntil' : 'embargoed',
  )

  let headline = pickHeadline(item)
  if (!headline && item.title?.trim()) {
    headline = item.title.trim()
    warnings.push('No headline: used the title')
  }
  const byline = item.by?.replace(/\s+/g, ' ').trim() ?? ''
  const leadImage = leadImageOf(item, warnings)
  const body = bodyOf(item, { headline, leadImage, warnings })
  const located = typeof item.located === 'string' ? item.located : item.located?.name

  return {
    format: 'ninjs',
    formatVersion: context.formatVersion,
    uri: item.uri.trim(),
    version: item.version == null ? '' : String(item.version).trim(),
    type: typeOf(item.type),
    pubStatus: pubStatusOf(item.pubStatus, warnings),
    headline,
    summary: pickSummary(item),
    body,
    byline,
    contributors: contributorsOf(item, byline),
    source: sourceOf(item),
    copyrightHolder: item.copyrightHolder?.trim() ?? '',
    copyrightNotice: item.copyrightNotice?.trim() ?? '',
    usageTerms: [item.usageTerms ?? []]
      .flat()
      .map((t) => t.trim())
      .filter(Boolean)
      .join(' '),
    leadImage,
    dateline: located?.trim() ? { place: located.trim() } : null,
    language: (item.language ?? item.lang)?.trim() ?? '',
    subjects: subjectsOf(item),
    keywords: keywordsOf(item),
    urgency: urgencyOf(item.urgency, warnings),
    edNote: item.edNote?.trim() ?? '',
    slugline: item.slugline?.trim() ?? '',
    provider:
      typeof item.provider === 'string'
        ? item.provider.trim()
        : (item.provider?.name?.trim() ?? sourceOf(item)?.name ?? ''),
    signals: [],
    expires: time(item.expires, 'expires'),
    firstCreated,
    versionCreated,
    embargoedUntil,
    warnings,
  }
}

function typeOf(type: string | null | undefined): NormalizedItem['type'] {
  const t = type?.trim().toLowerCase() || 'text'
  return TYPES.find((known) => known === t) ?? 'other'
}

/** usable when absent (the standard's default); `cancelled` is read as canceled; anything else is usable, warned. */
function pubStatusOf(value: string | null | undefined, warnings: string[]): PubStatus {
  const status = value?.trim().toLowerCase() || 'usable'
  if (status === 'usable' || status === 'withheld' || status === 'canceled') return status
  if (status === 'cancelled') return 'canceled'
  warnings.push(`Unknown pubStatus ${JSON.stringify(value)}: taken as usable`)
  return 'usable'
}

/** 1 (most urgent) to 9; numeric strings are accepted, anything else is dropped with a warning. */
function urgencyOf(value: number | string | null | undefined, warnings: string[]): number | null {
  if (value == null || value === '') return null
  const n = Number(value)
  if (Number.isInteger(n) && n >= 1 && n <= 9) return n
  warnings.push(`Ignored urgency ${JSON.stringify(value)}: not 1 to 9`)
  return null
}
