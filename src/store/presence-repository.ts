import type { Kysely } from 'kysely'
import type { PresenceRepository } from '../core/ports.ts'
import type { Database } from './database.ts'
import { utc } from './row-codec.ts'

export function presenceRepository(db: Kysely<Database>): PresenceRepository {
  const select = () =>
    db
      .selectFrom('presence')
      .innerJoin('users', 'users.id', 'presence.user_id')
      .select([
        'presence.article_id',
        'presence.user_id',
        'users.name',
        'presence.editing',
        'presence.opened_at',
        'presence.seen_at',
      ])
  type Row = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number]
  const toPresence = (r: Row) => ({
    articleId: r.article_id,
    userId: r.user_id,
    userName: r.name,
    editing: r.editing === 1,
    openedAt: r.opened_at,
    seenAt: r.seen_at,
  })
  return {
    async upsert({ articleId, userId, editing, at }) {
      await db
        .insertInto('presence')
        .values({
          article_id: articleId,
          user_id: userId,
          editing: editing ? 1 : 0,
          opened_at: utc(at),
          seen_at: utc(at),
        })
        .onConflict((oc) =>
          oc.columns(['article_id', 'user_id']).doUpdateSet({ editing: editing ? 1 : 0, seen_at: utc(at) }),
        )
        .execute()
    },
    async releaseEditing(articleId, exceptUserId) {
      await db
        .updateTable('presence')
        .set({ editing: 0 })
        .where('article_id', '=', articleId)
        .where('user_id', '!=', exceptUserId)
        .execute()
    },
    async remove(articleId, userId) {
      await db
        .deleteFrom('presence')
        .where('article_id', '=', articleId)
        .where('user_id', '=', userId)
        .execute()
    },
    async list(articleIds, seenSince) {
      if (articleIds.length === 0) return []
      const rows = await select()
        .where('presence.article_id', 'in', [...articleIds])
        .where('presence.seen_at', '>=', utc(seenSince))
        .orderBy('presence.opened_at')
        .execute()
      return rows.map(toPresence)
    },
    async prune(seenBefore) {
      await db.deleteFrom('presence').where('seen_at', '<', utc(seenBefore)).execute()
    },
  }
}
