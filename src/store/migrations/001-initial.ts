import type { Kysely } from 'kysely'
import type { StoreDialect } from '../dialect/store-dialect.ts'

/** The foundation's tables: settings, sections, desks, assets, articles, wire items and the change log. */
export function initialMigration(dialect: StoreDialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('sections')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('desks')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('default_section_id', 'integer', (c) => c.references('sections.id').onDelete('set null'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('assets')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('storage_key', 'text', (c) => c.notNull())
        .addColumn('mime_type', 'text', (c) => c.notNull())
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull().unique())
        .addColumn('caption', 'text', (c) => c.notNull())
        .addColumn('credit', 'text', (c) => c.notNull())
        .addColumn('alt', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('copyright', 'text', (c) => c.notNull())
        .addColumn('focal_x', 'real', (c) => c.notNull().defaultTo(0.5))
        .addColumn('focal_y', 'real', (c) => c.notNull().defaultTo(0.5))
        .addColumn('renditions', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('articles')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('headline', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('desk_id', 'integer', (c) => c.references('desks.id').onDelete('set null'))
        .addColumn('section_id', 'integer', (c) => c.references('sections.id').onDelete('set null'))
        .addColumn('contributors', 'text', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('lead_image', 'text')
        .addColumn('dateline', 'text')
        .addColumn('topics', 'text', (c) => c.notNull())
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('provenance', 'text')
        .addColumn('provenance_uri', 'text', (c) => c.unique())
        .addColumn('first_published_at', ts)
        .addColumn('updated_at', ts)
        .addColumn('modified_at', ts, (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      // Lists page newest-first by keyset (first_published_at, id), site-wide and per section.
      await db.schema
        .createIndex('articles_status_published')
        .on('articles')
        .columns(['status', 'first_published_at', 'id'])
        .execute()
      await db.schema
        .createIndex('articles_section_status_published')
        .on('articles')
        .columns(['section_id', 'status', 'first_published_at', 'id'])
        .execute()

      await db.schema
        .createTable('wire_items')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('uri', 'text', (c) => c.notNull().unique())
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('version_created', ts)
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('pub_status', 'text', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('set null'))
        .addColumn('raw', 'text', (c) => c.notNull())
        .addColumn('normalized', 'text', (c) => c.notNull())
        .addColumn('received_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('content_changes')
        .addColumn('seq', 'integer', dialect.idColumn)
        .addColumn('keys', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('at', ts, (c) => c.notNull())
        .execute()
    },
  }
}
