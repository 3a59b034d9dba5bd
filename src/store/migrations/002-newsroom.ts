import { sql, type Kysely } from 'kysely'
import type { StoreDialect } from '../dialect/store-dialect.ts'

/**
 * The newsroom: accounts and their desks, sessions and tokens, desk stages, the workflow columns of a story,
 * revisions, corrections, the audit log, and webhooks with their delivery log.
 */
export function newsroomMigration(dialect: StoreDialect) {
  const ts = dialect.timestampType
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('desk_members')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('desk_id', 'integer', (c) => c.notNull().references('desks.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('desk_members_pk', ['user_id', 'desk_id'])
        .execute()

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('expires_at', ts, (c) => c.notNull())
        .addColumn('last_seen_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('last_used_at', ts)
        .execute()

      await db.schema
        .createTable('stages')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('desk_id', 'integer', (c) => c.notNull().references('desks.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addUniqueConstraint('stages_desk_name', ['desk_id', 'name'])
        .execute()

      for (const [position, name] of ['Incoming', 'Working', 'Ready'].entries()) {
        await sql`insert into stages (desk_id, name, position) select id, ${name}, ${position + 1} from desks`.execute(
          db,
        )
      }

      await db.schema
        .alterTable('articles')
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft'))
        .execute()
      for (const [name, type] of [
        ['stage_id', 'integer'],
        ['created_by', 'integer'],
        ['pending', 'text'],
        ['embargoed_until', ts],
        ['scheduled_at', ts],
        ['spiked_at', ts],
      ] as const) {
        await db.schema.alterTable('articles').addColumn(name, type).execute()
      }
      await db.schema
        .alterTable('articles')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute()
      await db.schema
        .alterTable('articles')
        .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
        .execute()
      await sql`update articles set state = 'published' where status = 'published'`.execute(db)
      await sql`update articles set locked = 1 where status = 'killed'`.execute(db)
      await db.schema
        .createIndex('articles_state_scheduled')
        .on('articles')
        .columns(['state', 'scheduled_at'])
        .execute()
      await db.schema
        .createIndex('articles_desk_modified')
        .on('articles')
        .columns(['desk_id', 'modified_at'])
        .execute()

      await db.schema
        .createTable('article_revisions')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('changed_fields', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addUniqueConstraint('article_revisions_number', ['article_id', 'number'])
        .execute()

      await db.schema
        .createTable('article_corrections')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('article_corrections_article')
        .on('article_corrections')
        .column('article_id')
        .execute()

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('at', ts, (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .execute()
      await db.schema
        .createIndex('audit_log_action_target')
        .on('audit_log')
        .columns(['action', 'target_id', 'at'])
        .execute()

      await db.schema
        .createTable('webhooks')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('events', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', 'integer', dialect.idColumn)
        .addColumn('webhook_id', 'integer', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', ts)
        .addColumn('claimed_until', ts)
        .addColumn('last_status_code', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('delivered_at', ts)
        .execute()
      await db.schema
        .createIndex('webhook_deliveries_due')
        .on('webhook_deliveries')
        .columns(['status', 'next_attempt_at'])
        .execute()
    },
  }
}
