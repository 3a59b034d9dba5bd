import { z } from 'zod'
import type { NormalizedItem } from './normalized-item.ts'

/** `60`, `60s`, `5m`, `1h`: how often a source is polled; at least 10 seconds. */
export const pollInterval = z
  .union([z.number().int(), z.string().regex(/^\d+\s*[smh]?$/, 'must be like 60s, 5m or 1h')])
  .transform((v) => {
    if (typeof v === 'number') return v
    const n = Number(v.replace(/[smh]\s*$/, '').trim())
    return v.trim().endsWith('h') ? n * 3600 : v.trim().endsWith('m') ? n * 60 : n
  })
  .pipe(z.number().int().min(10, 'must be at least 10 seconds').max(86_400))

/** The wire formats Dateline reads; `auto` tells them apart by their content. */
export const wireFormats = ['ninjs', 'newsml', 'nitf', 'rss', 'atom'] as const
export type WireFormat = (typeof wireFormats)[number]
export const sourceFormats = ['auto', ...wireFormats] as const
export type SourceFormat = (typeof sourceFormats)[number]

/** How a source delivers: Dateline polls a URL, watches a folder, or the agency pushes to the API. */
export type SourceKind = 'url' | 'dir' | 'push'

export interface SourceState {
  etag: string | null
  lastModified: string | null
  nextPollAt: string | null
  /** Failures in a row; each doubles the wait before the next poll. */
  failures: number
  lastSuccessAt: string | null
  lastError: string | null
  lastErrorAt: string | null
}

/** An agency feed: where its documents come from, and where its items go unless a routing rule says otherwise. */
export interface Source {
  id: number
  name: string
  format: SourceFormat
  kind: SourceKind
  url: string | null
  dir: string | null
  intervalSeconds: number
  deskId: number | null
  /** Trusted services: their items are published at once (after any embargo). */
  autoPublish: boolean
  enabled: boolean
  state: SourceState
  createdAt: string
}

/** What a routing rule looks at; every condition given must hold (an empty rule matches everything). */
export const ruleMatchSchema = z.strictObject({
  /** IPTC Media Topic codes (eight digits) or subject URIs; the item needs one of them. */
  subjects: z.array(z.string().min(1).max(200)).max(50).optional(),
  /** Words that must appear (any of them) in the headline, keywords or slugline. */
  keywords: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  /** BCP 47 language prefixes, e.g. "en" matches en-GB. */
  languages: z.array(z.string().min(2).max(35)).max(20).optional(),
  /** Urgency 1 (flash) to 9: matches items at least this urgent. */
  maxUrgency: z.number().int().min(1).max(9).optional(),
})
export type RuleMatch = z.infer<typeof ruleMatchSchema>

/** A routing rule: for a source (or every source), a match → a desk and stage, and maybe publish directly. */
export interface RoutingRule {
  id: number
  sourceId: number | null
  position: number
  name: string
  match: RuleMatch
  deskId: number | null
  stageId: number | null
  publish: boolean
  createdAt: string
}

export type WireItemStatus = 'queued' | 'fetched' | 'published' | 'withheld' | 'canceled'

/** One agency item (all its versions share the uri), as the ingest queue shows it. */
export interface WireItem {
  id: number
  uri: string
  version: string
  versionCreated: string | null
  format: string
  pubStatus: string
  status: WireItemStatus
  sourceId: number | null
  deskId: number | null
  stageId: number | null
  /** The story made from it, fetched to a desk or published directly. */
  articleId: number | null
  headline: string
  urgency: number | null
  language: string
  provider: string
  embargoedUntil: string | null
  documentId: number | null
  receivedAt: string
  updatedAt: string
  normalized: NormalizedItem
}

export type WireItemSummary = Omit<WireItem, 'normalized'>

export type DocumentStatus = 'ingested' | 'failed' | 'ignored'

/** What became of one item of a received document. */
export interface ItemOutcome {
  uri: string
  version: string
  outcome: 'new' | 'updated' | 'duplicate' | 'older' | 'withheld' | 'canceled' | 'failed'
  detail?: string
}

/** Every document as received, next to what became of it: the wire desk's log. */
export interface WireDocument {
  id: number
  sourceId: number | null
  /** File name or URL it came from. */
  origin: string
  receivedAt: string
  format: string | null
  status: DocumentStatus
  error: string | null
  errorLine: number | null
  errorField: string | null
  outcomes: ItemOutcome[]
}

export type { WireUpdateFlag } from './article.ts'

/** Whether a routing rule takes this item. */
export function ruleMatches(rule: Pick<RoutingRule, 'match'>, item: NormalizedItem): boolean {
  const { subjects, keywords, languages, maxUrgency } = rule.match
  if (subjects?.length) {
    const have = new Set(
      item.subjects.flatMap((s) => [s.mediaTopic, s.uri].filter((x): x is string => Boolean(x))),
    )
    if (!subjects.some((s) => have.has(s))) return false
  }
  if (keywords?.length) {
    const text = [item.headline, item.slugline, ...item.keywords].join(' ').toLowerCase()
    if (!keywords.some((k) => text.includes(k.toLowerCase()))) return false
  }
  if (languages?.length) {
    const lang = item.language.toLowerCase()
    if (!languages.some((l) => lang === l.toLowerCase() || lang.startsWith(`${l.toLowerCase()}-`)))
      return false
  }
  if (maxUrgency !== undefined && (item.urgency === null || item.urgency > maxUrgency)) return false
  return true
}

/**
 * Where an item goes: the first matching rule of its source, else the first matching rule for every source, else the
 * source's own desk. Rules are taken in position order.
 */
export function routeItem(
  rules: readonly RoutingRule[],
  item: NormalizedItem,
  source: Pick<Source, 'id' | 'deskId' | 'autoPublish'> | null,
): { deskId: number | null; stageId: number | null; publish: boolean; ruleId: number | null } {
  const ordered = [...rules].sort((a, b) => a.position - b.position || a.id - b.id)
  const own = ordered.filter((r) => source !== null && r.sourceId === source.id)
  const shared = ordered.filter((r) => r.sourceId === null)
  const rule = [...own, ...shared].find((r) => ruleMatches(r, item))
  if (rule) return { deskId: rule.deskId, stageId: rule.stageId, publish: rule.publish, ruleId: rule.id }
  return {
    deskId: source?.deskId ?? null,
    stageId: null,
    publish: source?.autoPublish ?? false,
    ruleId: null,
  }
}
