import type { Kysely } from 'kysely'
import type { SessionRepository, TokenRepository } from '../core/ports.ts'
import type { Database } from './database.ts'
import { utc } from './row-codec.ts'

export function sessionRepository(db: Kysely<Database>): SessionRepository {
  return {
    async create(s) {
      await db
        .insertInto('sessions')
        .values({
          id: s.id,
          user_id: s.userId,
          created_at: utc(s.createdAt),
          expires_at: utc(s.expiresAt),
          last_seen_at: utc(s.lastSeenAt),
        })
        .execute()
    },
    async get(id) {
      const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst()
      return row
        ? {
            id: row.id,
            userId: row.user_id,
            createdAt: row.created_at,
            expiresAt: row.expires_at,
            lastSeenAt: row.last_seen_at,
          }
        : null
    },
    async touch(id, at) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: utc(at) })
        .where('id', '=', id)
        .execute()
    },
    async delete(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute()
    },
    async deleteForUser(userId) {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
    },
    async prune(now) {
      await db.deleteFrom('sessions').where('expires_at', '<', utc(now)).execute()
    },
  }
}

export function tokenRepository(db: Kysely<Database>): TokenRepository {
  return {
    async create(t) {
      const row = await db
        .insertInto('api_tokens')
        .values({
          user_id: t.userId,
          name: t.name,
          hash: t.hash,
          created_at: utc(t.createdAt),
          last_used_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return {
        id: row.id,
        userId: row.user_id,
        name: row.name,
        hash: row.hash,
        createdAt: row.created_at,
        lastUsedAt: null,
      }
    },
    async getByHash(hash) {
      const row = await db.selectFrom('api_tokens').selectAll().where('hash', '=', hash).executeTakeFirst()
      return row
        ? {
            id: row.id,
            userId: row.user_id,
            name: row.name,
            hash: row.hash,
            createdAt: row.created_at,
            lastUsedAt: row.last_used_at,
          }
        : null
    },
    async touch(id, at) {
      await db
        .updateTable('api_tokens')
        .set({ last_used_at: utc(at) })
        .where('id', '=', id)
        .execute()
    },
    async deleteForUser(userId) {
      await db.deleteFrom('api_tokens').where('user_id', '=', userId).execute()
    },
  }
}
