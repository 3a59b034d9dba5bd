import type { Kysely } from 'kysely'
import type { StoreDialect } from '../dialect/store-dialect.ts'

/** Who has which story open in the newsroom, and who is editing it (one row per story and person, refreshed). */
export function presenceMigration(dialect: StoreDialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('presence')
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('editing', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('opened_at', ts, (c) => c.notNull())
        .addColumn('seen_at', ts, (c) => c.notNull())
        .addPrimaryKeyConstraint('presence_pk', ['article_id', 'user_id'])
        .execute()
      await db.schema.createIndex('presence_by_seen').on('presence').column('seen_at').execute()
    },
  }
}
