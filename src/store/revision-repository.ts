import type { Kysely, Selectable } from 'kysely'
import type { ArticleContent } from '../core/article.ts'
import type { Correction, Revision } from '../core/newsroom-records.ts'
import type { CorrectionRepository, RevisionRepository } from '../core/ports.ts'
import type { ArticleRevisionsTable, Database } from './database.ts'
import { json, parseJson, utc } from './row-codec.ts'

const toMeta = (row: Omit<Selectable<ArticleRevisionsTable>, 'content'>): Omit<Revision, 'content'> => ({
  id: row.id,
  articleId: row.article_id,
  number: row.number,
  changedFields: parseJson(row.changed_fields),
  userId: row.user_id,
  note: row.note,
  version: row.version,
  createdAt: row.created_at,
})

const metaColumns = [
  'id',
  'article_id',
  'number',
  'changed_fields',
  'user_id',
  'note',
  'version',
  'created_at',
] as const

export function revisionRepository(db: Kysely<Database>): RevisionRepository {
  return {
    async append(input) {
      // Numbers count per story; the unique (article_id, number) constraint makes a racing second writer fail
      // rather than share a number (its transaction also holds a version check on the story).
      const last = await db
        .selectFrom('article_revisions')
        .select((eb) => eb.fn.max('number').as('n'))
        .where('article_id', '=', input.articleId)
        .executeTakeFirst()
      const row = await db
        .insertInto('article_revisions')
        .values({
          article_id: input.articleId,
          number: Number(last?.n ?? 0) + 1,
          content: json(input.content),
          changed_fields: json(input.changedFields),
          user_id: input.userId,
          note: input.note,
          version: input.version,
          created_at: utc(input.createdAt),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return { ...toMeta(row), content: parseJson<ArticleContent>(row.content) }
    },
    async list(articleId) {
      const rows = await db
        .selectFrom('article_revisions')
        .select(metaColumns)
        .where('article_id', '=', articleId)
        .orderBy('number', 'desc')
        .execute()
      return rows.map(toMeta)
    },
    async get(articleId, number) {
      const row = await db
        .selectFrom('article_revisions')
        .selectAll()
        .where('article_id', '=', articleId)
        .where('number', '=', number)
        .executeTakeFirst()
      return row ? { ...toMeta(row), content: parseJson<ArticleContent>(row.content) } : null
    },
    async latest(articleId) {
      const row = await db
        .selectFrom('article_revisions')
        .selectAll()
        .where('article_id', '=', articleId)
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirst()
      return row ? { ...toMeta(row), content: parseJson<ArticleContent>(row.content) } : null
    },
  }
}

export function correctionRepository(db: Kysely<Database>): CorrectionRepository {
  const toCorrection = (r: {
    id: number
    article_id: number
    note: string
    user_id: number | null
    created_at: string
  }): Correction => ({
    id: r.id,
    articleId: r.article_id,
    note: r.note,
    userId: r.user_id,
    createdAt: r.created_at,
  })
  return {
    async add(input) {
      const row = await db
        .insertInto('article_corrections')
        .values({
          article_id: input.articleId,
          note: input.note,
          user_id: input.userId,
          created_at: utc(input.createdAt),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toCorrection(row)
    },
    async list(articleId) {
      const rows = await db
        .selectFrom('article_corrections')
        .selectAll()
        .where('article_id', '=', articleId)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map(toCorrection)
    },
  }
}
