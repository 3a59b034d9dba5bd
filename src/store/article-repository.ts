import { sql, type Kysely } from 'kysely'
import { ConflictError, NotFoundError } from '../core/errors.ts'
import type { ArticleRepository, NewArticle } from '../core/ports.ts'
import { summaryColumns, toArticle, toColumns, toSummary, type ArticleRow } from './article-row-codec.ts'
import type { Database } from './database.ts'
import { containsPattern, utc } from './row-codec.ts'
import { writeArticleIndexes } from './article-indexes.ts'

/** The fields the tag, topic and byline indexes and the search text are made of. */
const INDEXED = ['tags', 'topics', 'contributors', 'body'] as const

export function articleRepository(db: Kysely<Database>): ArticleRepository {
  const get = async (id: number) => {
    const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst()
    return row ? toArticle(row) : null
  }

  return {
    get,

    async getByProvenanceUri(uri) {
      const row = await db
        .selectFrom('articles')
        .selectAll()
        .where('provenance_uri', '=', uri)
        .executeTakeFirst()
      return row ? toArticle(row) : null
    },

    async create(input: NewArticle, at) {
      const columns = toColumns(input) as Omit<ArticleRow, 'id' | 'modified_at' | 'created_at'>
      const { id } = await db
        .insertInto('articles')
        .values({ ...columns, modified_at: utc(at), created_at: utc(at) })
        .returning('id')
        .executeTakeFirstOrThrow()
      await writeArticleIndexes(db, id, input)
      return (await get(id))!
    },

    async update(id, patch, at, expectedVersion) {
      let q = db
        .updateTable('articles')
        .set({ ...toColumns(patch), modified_at: utc(at), version: sql`version + 1` })
        .where('id', '=', id)
      if (expectedVersion !== undefined) q = q.where('version', '=', expectedVersion)
      const result = await q.executeTakeFirst()
      if (result.numUpdatedRows === 0n) {
        const current = await get(id)
        if (!current) throw new NotFoundError('Article', id)
        throw new ConflictError(
          `Article ${id} has changed since version ${expectedVersion}: it is now at version ${current.version}`,
        )
      }
      const after = (await get(id))!
      if (INDEXED.some((field) => patch[field] !== undefined)) await writeArticleIndexes(db, id, after)
      return after
    },

    async delete(id) {
      await db.deleteFrom('articles').where('id', '=', id).execute()
    },

    async getMany(ids) {
      if (ids.length === 0) return []
      const rows = await db
        .selectFrom('articles')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute()
      return rows.map(toArticle)
    },

    async listPublishedById({ afterId, limit, untilId }) {
      let q = db
        .selectFrom('articles')
        .select(summaryColumns)
        .where('status', '=', 'published')
        .where('id', '>', afterId)
      if (untilId !== undefined) q = q.where('id', '<=', untilId)
      return (await q.orderBy('id').limit(limit).execute()).map(toSummary)
    },

    async publishedIdAt(position) {
      const row = await db
        .selectFrom('articles')
        .select('id')
        .where('status', '=', 'published')
        .orderBy('id')
        .limit(1)
        .offset(position)
        .executeTakeFirst()
      return row?.id ?? null
    },

    async indexName(index, slug) {
      const row =
        index === 'tag'
          ? await db
              .selectFrom('article_tags')
              .select('name')
              .where('slug', '=', slug)
              .limit(1)
              .executeTakeFirst()
          : await db
              .selectFrom('article_authors')
              .select('name')
              .where('slug', '=', slug)
              .limit(1)
              .executeTakeFirst()
      return row?.name ?? null
    },

    async listPublished({ sectionId, tag, topic, author, limit, after, since, until }) {
      let q = db
        .selectFrom('articles')
        .select(summaryColumns)
        .where('status', '=', 'published')
        .where('first_published_at', 'is not', null)
      if (sectionId !== undefined) q = q.where('section_id', '=', sectionId)
      if (tag !== undefined) {
        q = q.where('id', 'in', db.selectFrom('article_tags').select('article_id').where('slug', '=', tag))
      }
      if (topic !== undefined) {
        q = q.where(
          'id',
          'in',
          db.selectFrom('article_topics').select('article_id').where('code', '=', topic),
        )
      }
      if (author !== undefined) {
        q = q.where(
          'id',
          'in',
          db.selectFrom('article_authors').select('article_id').where('slug', '=', author),
        )
      }
      if (since !== undefined) q = q.where('first_published_at', '>=', utc(since))
      if (until !== undefined) q = q.where('first_published_at', '<', utc(until))
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

    async listNewsroom(query) {
      let q = db.selectFrom('articles')
      const { deskIds, ownerId } = query
      if (deskIds) {
        q = q.where((eb) => {
          const visible = [eb('status', '=', 'published')]
          if (deskIds.length > 0) visible.push(eb('desk_id', 'in', [...deskIds]))
          if (ownerId !== undefined) visible.push(eb('created_by', '=', ownerId))
          return eb.or(visible)
        })
      }
      if (query.deskId !== undefined) q = q.where('desk_id', '=', query.deskId)
      if (query.stageId !== undefined) q = q.where('stage_id', '=', query.stageId)
      if (query.states?.length) q = q.where('state', 'in', [...query.states])
      if (query.status !== undefined) q = q.where('status', '=', query.status)
      if (query.sectionId !== undefined) q = q.where('section_id', '=', query.sectionId)
      if (query.text) {
        const pattern = containsPattern(query.text)
        q = q.where((eb) =>
          eb.or([
            eb(sql`lower(headline)`, 'like', sql`${pattern} escape '\\'`),
            eb(sql`lower(summary)`, 'like', sql`${pattern} escape '\\'`),
          ]),
        )
      }
      const [rows, count] = await Promise.all([
        q
          .select(summaryColumns)
          .orderBy('modified_at', 'desc')
          .orderBy('id', 'desc')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
        q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ])
      return { items: rows.map(toSummary), total: Number(count.n) }
    },

    async listDueScheduled(now) {
      const rows = await db
        .selectFrom('articles')
        .select('id')
        .where('state', '=', 'scheduled')
        .where('scheduled_at', '<=', utc(now))
        .orderBy('scheduled_at')
        .execute()
      return rows.map((r) => r.id)
    },

    async listSpikedBefore(cutoff) {
      const rows = await db
        .selectFrom('articles')
        .select('id')
        .where('state', '=', 'spiked')
        .where('spiked_at', '<', utc(cutoff))
        .execute()
      return rows.map((r) => r.id)
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
