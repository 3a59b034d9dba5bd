import { sql, type Selectable } from 'kysely'
import type { Article, ArticleContent, ArticleStatus } from '../core/article.ts'
import type { ArticlePatch, ArticleSummary } from '../core/ports.ts'
import type { WorkflowState } from '../core/workflow.ts'
import type { ArticlesTable } from './database.ts'
import { json, parseJson, utc } from './row-codec.ts'

export type ArticleRow = Selectable<ArticlesTable>

/** Every column but the body and the pending edits: what lists need. */
export const summaryColumns = [
  'id',
  'slug',
  'headline',
  'summary',
  'desk_id',
  'section_id',
  'contributors',
  'source',
  'lead_image',
  'dateline',
  'topics',
  'tags',
  'language',
  'status',
  'provenance',
  'provenance_uri',
  'first_published_at',
  'updated_at',
  'modified_at',
  'created_at',
  'state',
  'stage_id',
  'created_by',
  'embargoed_until',
  'scheduled_at',
  'spiked_at',
  'version',
  'locked',
  'wire_update',
  sql<number>`case when pending is null then 0 else 1 end`.as('has_pending'),
] as const

export function toSummary(
  row: Omit<ArticleRow, 'body' | 'pending' | 'search_text'> & { has_pending: number },
): ArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    summary: row.summary,
    deskId: row.desk_id,
    sectionId: row.section_id,
    contributors: parseJson(row.contributors),
    source: parseJson(row.source),
    leadImage: parseJson(row.lead_image),
    dateline: parseJson(row.dateline),
    topics: parseJson(row.topics),
    tags: parseJson(row.tags),
    language: row.language,
    status: row.status as ArticleStatus,
    provenance: parseJson(row.provenance),
    firstPublishedAt: row.first_published_at,
    updatedAt: row.updated_at,
    modifiedAt: row.modified_at,
    createdAt: row.created_at,
    state: row.state as WorkflowState,
    stageId: row.stage_id,
    createdBy: row.created_by,
    embargoedUntil: row.embargoed_until,
    scheduledAt: row.scheduled_at,
    spikedAt: row.spiked_at,
    version: row.version,
    locked: Boolean(row.locked),
    wireUpdate: parseJson(row.wire_update),
    hasPending: Boolean(row.has_pending),
  }
}

export function toArticle(row: ArticleRow): Article {
  const { hasPending: _flag, ...summary } = toSummary({ ...row, has_pending: row.pending === null ? 0 : 1 })
  return { ...summary, body: parseJson(row.body), pending: parseJson<ArticleContent>(row.pending) }
}

/** Column values for the fields a patch sets; absent fields stay as they are. */
export function toColumns(patch: ArticlePatch): Partial<ArticleRow> {
  const c: Partial<ArticleRow> = {}
  const set = <K extends keyof ArticleRow>(key: K, value: ArticleRow[K] | undefined) => {
    if (value !== undefined) c[key] = value
  }
  set('slug', patch.slug)
  set('headline', patch.headline)
  set('summary', patch.summary)
  if (patch.body !== undefined) c.body = json(patch.body)
  set('desk_id', patch.deskId)
  set('section_id', patch.sectionId)
  if (patch.contributors !== undefined) c.contributors = json(patch.contributors)
  if (patch.source !== undefined) c.source = patch.source && json(patch.source)
  if (patch.leadImage !== undefined) c.lead_image = patch.leadImage && json(patch.leadImage)
  if (patch.dateline !== undefined) c.dateline = patch.dateline && json(patch.dateline)
  if (patch.topics !== undefined) c.topics = json(patch.topics)
  if (patch.tags !== undefined) c.tags = json(patch.tags)
  set('language', patch.language)
  set('status', patch.status)
  if (patch.provenance !== undefined) {
    c.provenance = patch.provenance && json(patch.provenance)
    c.provenance_uri = patch.provenance?.uri ?? null
  }
  if (patch.firstPublishedAt !== undefined) c.first_published_at = utc(patch.firstPublishedAt)
  if (patch.updatedAt !== undefined) c.updated_at = utc(patch.updatedAt)
  set('state', patch.state)
  set('stage_id', patch.stageId)
  set('created_by', patch.createdBy)
  if (patch.pending !== undefined) c.pending = patch.pending && json(patch.pending)
  if (patch.embargoedUntil !== undefined) c.embargoed_until = utc(patch.embargoedUntil)
  if (patch.scheduledAt !== undefined) c.scheduled_at = utc(patch.scheduledAt)
  if (patch.spikedAt !== undefined) c.spiked_at = utc(patch.spikedAt)
  if (patch.locked !== undefined) c.locked = patch.locked ? 1 : 0
  if (patch.wireUpdate !== undefined) c.wire_update = patch.wireUpdate && json(patch.wireUpdate)
  return c
}
