import type { Kysely } from 'kysely'
import type { StoreDialect } from '../dialect/store-dialect.ts'

/**
 * The wire desk: sources and their polling state, routing rules, every received document, every version of every
 * item, the ingest queue's columns on wire_items, and the "wire update" flag on stories.
 */
export function wireDeskMigration(dialect: StoreDialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('sources')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('dir', 'text')
        .addColumn('interval_seconds', 'integer', (c) => c.notNull())
        .addColumn('desk_id', 'integer', (c) => c.references('desks.id').onDelete('set null'))
        .addColumn('auto_publish', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('next_poll_at', ts)
        .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_success_at', ts)
        .addColumn('last_error', 'text')
        .addColumn('last_error_at', ts)
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('routing_rules')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('source_id', 'integer', (c) => c.references('sources.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('match', 'text', (c) => c.notNull())
        .addColumn('desk_id', 'integer', (c) => c.references('desks.id').onDelete('cascade'))
        .addColumn('stage_id', 'integer', (c) => c.references('stages.id').onDelete('set null'))
        .addColumn('publish', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('wire_documents')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('source_id', 'integer', (c) => c.references('sources.id').onDelete('set null'))
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('received_at', ts, (c) => c.notNull())
        .addColumn('format', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('error_line', 'integer')
        .addColumn('error_field', 'text')
        .addColumn('outcomes', 'text', (c) => c.notNull())
        .addColumn('raw', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('wire_documents_source_received')
        .on('wire_documents')
        .columns(['source_id', 'received_at'])
        .execute()

      for (const [name, type] of [
        ['source_id', 'integer'],
        ['desk_id', 'integer'],
        ['stage_id', 'integer'],
        ['urgency', 'integer'],
        ['embargoed_until', ts],
        ['document_id', 'integer'],
        ['updated_at', ts],
      ] as const) {
        await db.schema.alterTable('wire_items').addColumn(name, type).execute()
      }
      for (const name of ['status', 'headline', 'language', 'provider'] as const) {
        await db.schema
          .alterTable('wire_items')
          .addColumn(name, 'text', (c) => c.notNull().defaultTo(name === 'status' ? 'queued' : ''))
          .execute()
      }
      await db.schema
        .createIndex('wire_items_queue')
        .on('wire_items')
        .columns(['desk_id', 'status', 'received_at'])
        .execute()

      await db.schema
        .createTable('wire_item_versions')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('item_id', 'integer', (c) => c.notNull().references('wire_items.id').onDelete('cascade'))
        .addColumn('version', 'text', (c) => c.notNull())
        .addColumn('version_created', ts)
        .addColumn('pub_status', 'text', (c) => c.notNull())
        .addColumn('normalized', 'text', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.references('wire_documents.id').onDelete('set null'))
        .addColumn('received_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('wire_item_versions_item')
        .on('wire_item_versions')
        .columns(['item_id', 'id'])
        .execute()

      await db.schema.alterTable('articles').addColumn('wire_update', 'text').execute()
    },
  }
}
