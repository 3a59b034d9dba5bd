import type { Kysely } from 'kysely'
import { writeArticleIndexes } from '../article-indexes.ts'
import type { Database } from '../database.ts'
import type { StoreDialect } from '../dialect/store-dialect.ts'
import { parseJson } from '../row-codec.ts'

/**
 * The reader site's indexes: which stories carry which tag, topic and byline (for their pages), the plain text a
 * story is searched by, the full-text index over it, front-page slots, and picture licences.
 */
export function readerSiteMigration(dialect: StoreDialect) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const [table, column] of [
        ['article_tags', 'slug'],
        ['article_topics', 'code'],
        ['article_authors', 'slug'],
      ] as const) {
        let t = db.schema
          .createTable(table)
          .addColumn('article_id', 'integer', (c) =>
            c.notNull().references('articles.id').onDelete('cascade'),
          )
          .addColumn(column, 'text', (c) => c.notNull())
        if (table !== 'article_topics') t = t.addColumn('name', 'text', (c) => c.notNull())
        if (table === 'article_authors') t = t.addColumn('kind', 'text', (c) => c.notNull())
        await t.addPrimaryKeyConstraint(`${table}_pk`, ['article_id', column]).execute()
        await db.schema
          .createIndex(`${table}_by_${column}`)
          .on(table)
          .columns([column, 'article_id'])
          .execute()
      }
      await db.schema
        .alterTable('articles')
        .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
        .execute()
      // Stories stored before this migration get their index rows and search text now, a batch at a time.
      const typed = db as unknown as Kysely<Database>
      for (let after = 0; ;) {
        const rows = await typed
          .selectFrom('articles')
          .select(['id', 'body', 'contributors', 'tags', 'topics'])
          .where('id', '>', after)
          .orderBy('id')
          .limit(500)
          .execute()
        if (rows.length === 0) break
        for (const r of rows) {
          await writeArticleIndexes(typed, r.id, {
            body: parseJson(r.body),
            contributors: parseJson(r.contributors),
            tags: parseJson(r.tags),
            topics: parseJson(r.topics),
          })
        }
        after = rows.at(-1)!.id
      }
      await dialect.createFullText(db)

      await db.schema
        .createTable('front_slots')
        .addColumn('slot', 'text', (c) => c.primaryKey())
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .execute()

      for (const column of ['license_url', 'acquire_license_url']) {
        await db.schema.alterTable('assets').addColumn(column, 'text').execute()
      }
      // Pictures stored before now lack AVIF and crops: the background job makes them.
      await db.schema
        .alterTable('assets')
        .addColumn('renditions_pending', 'integer', (c) => c.notNull().defaultTo(0))
        .execute()
      await typed.updateTable('assets').set({ renditions_pending: 1 }).execute()
    },
  }
}
