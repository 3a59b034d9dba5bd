import type { Kysely, Selectable } from 'kysely'
import type { Article, ArticleStatus } from '../core/article.ts'
import { NotFoundError } from '../core/errors.ts'
import type { ArticlePatch, ArticleRepository, ArticleSummary, NewArticle } from '../core/ports.ts'
import type { ArticlesTable, Database } from './database.ts'
import { json, parseJson, utc } from './row-codec.ts'

type Row = Selectable<ArticlesTable>

const summaryColumns = [
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
] as const

function toSummary(row: Omit<Row, 'body'>): ArticleSummary {
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
  }
}

function toArticle(row: Row): Article {
  return { ...toSummary(row), body: parseJson(row.body) }
}

/** Column values for the fields a patch sets; absent fields stay as they are. */
function toColumns(patch: ArticlePatch): Partial<Row> {
  const c: Partial<Row> = {}
  if (patch.slug !== undefined) c.slug = patch.slug
  if (patch.headline !== undefined) c.headline = patch.headline
  if (patch.summary !== undefined) c.summary = patch.summary
  if (patch.body !== undefined) c.body = json(patch.body)
  if (patch.deskId !== undefined) c.desk_id = patch.deskId
  if (patch.sectionId !== undefined) c.section_id = patch.sectionId
  if (patch.contributors !== undefined) c.contributors = json(patch.contributors)
  if (patch.source !== undefined) c.source = patch.source && json(patch.source)
  if (patch.leadImage !== undefined) c.lead_image = patch.leadImage && json(patch.leadImage)
  if (patch.dateline !== undefined) c.dateline = patch.dateline && json(patch.dateline)
  if (patch.topics !== undefined) c.topics = json(patch.topics)
  if (patch.tags !== undefined) c.tags = json(patch.tags)
  if (patch.language !== undefined) c.language = patch.language
  if (patch.status !== undefined) c.status = patch.status
  if (patch.provenance !== undefined) {
    c.provenance = patch.provenance && json(patch.provenance)
    c.provenance_uri = patch.provenance?.uri ?? null
  }
  if (patch.firstPublishedAt !== undefined) c.first_published_at = utc(patch.firstPublishedAt)
  if (patch.updatedAt !== undefined) c.updated_at = utc(patch.updatedAt)
  return c
}

export function articleRepository(db: Kysely<Database>): ArticleRepository {
  return {
    async get(id) {
      const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toArticle(row) : null
    },

    async getByProvenanceUri(uri) {
      const row = await db
        .selectFrom('articles')
        .selectAll()
        .where('provenance_uri', '=', uri)
        .executeTakeFirst()
      return row ? toArticle(row) : null
    },

    async create(input: NewArticle, at) {
      const columns = toColumns(input) as Omit<Row, 'id' | 'modified_at' | 'created_at'>
      const { id } = await db
        .insertInto('articles')
        .values({ ...columns, modified_at: utc(at), created_at: utc(at) })
        .returning('id')
        .executeTakeFirstOrThrow()
      return (await this.get(id))!
    },

    async update(id, patch, at) {
      const result = await db
        .updateTable('articles')
        .set({ ...toColumns(patch), modified_at: utc(at) })
        .where('id', '=', id)
        .executeTakeFirst()
      if (result.numUpdatedRows === 0n) throw new NotFoundError('Article', id)
      return (await this.get(id))!
    },

    async listPublished({ sectionId, limit, after }) {
      let q = db
        .selectFrom('articles')
        .select(summaryColumns)
        .where('status', '=', 'published')
        .where('first_published_at', 'is not', null)
      if (sectionId !== undefined) q = q.where('section_id', '=', sectionId)
      if (after) {
        const at = utc(after.firstPublishedAt)
        q = q.where((eb) =>
          eb.or([
            eb('first_published_at', '<', at),
            eb.and([eb('first_published_at', '=', at), eb('id', '<', after.id)]),
          ]),
        )
      }
      const rows = await q.orderBy('first_published_at', 'desc').orderBy('id', 'desc').limit(limit).execute()
      return rows.map(toSummary)
    },

    async countPublished({ sectionId } = {}) {
      let q = db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'published')
      if (sectionId !== undefined) q = q.where('section_id', '=', sectionId)
      return Number((await q.executeTakeFirstOrThrow()).n)
    },

    async count() {
      const row = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },
  }
}
