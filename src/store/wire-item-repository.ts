import type { Kysely } from 'kysely'
import type { WireItemRepository } from '../core/ports.ts'
import type { Database } from './database.ts'
import { json, utc } from './row-codec.ts'

export function wireItemRepository(db: Kysely<Database>): WireItemRepository {
  return {
    async get(uri) {
      const row = await db
        .selectFrom('wire_items')
        .select(['uri', 'version', 'version_created', 'format', 'pub_status', 'article_id', 'received_at'])
        .where('uri', '=', uri)
        .executeTakeFirst()
      if (!row) return null
      return {
        uri: row.uri,
        version: row.version,
        versionCreated: row.version_created,
        format: row.format,
        pubStatus: row.pub_status,
        articleId: row.article_id,
        receivedAt: row.received_at,
      }
    },
    async save(record) {
      const values = {
        uri: record.uri,
        version: record.version,
        version_created: utc(record.versionCreated),
        format: record.format,
        pub_status: record.pubStatus,
        article_id: record.articleId,
        raw: record.raw,
        normalized: json(record.normalized),
        received_at: utc(record.receivedAt),
      }
      const { uri: _uri, ...update } = values
      await db
        .insertInto('wire_items')
        .values(values)
        .onConflict((oc) => oc.column('uri').doUpdateSet(update))
        .execute()
    },
  }
}
