import type { Kysely } from 'kysely'
import type { ChangeLogRepository } from '../core/ports.ts'
import type { Database } from './database.ts'
import { json, parseJson, utc } from './row-codec.ts'

export function changeLogRepository(db: Kysely<Database>): ChangeLogRepository {
  return {
    async append(change, origin, at) {
      await db
        .insertInto('content_changes')
        .values({ keys: json(change.keys), reason: change.reason, origin, at: utc(at) })
        .execute()
    },
    async since(seq, limit) {
      const rows = await db
        .selectFrom('content_changes')
        .selectAll()
        .where('seq', '>', seq)
        .orderBy('seq')
        .limit(limit)
        .execute()
      return rows.map((r) => ({
        seq: r.seq,
        keys: parseJson<string[]>(r.keys),
        reason: r.reason,
        origin: r.origin,
        at: r.at,
      }))
    },
    async latestSeq() {
      const row = await db
        .selectFrom('content_changes')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .executeTakeFirst()
      return Number(row?.seq ?? 0)
    },
    async prune(before) {
      await db.deleteFrom('content_changes').where('at', '<', utc(before)).execute()
    },
  }
}
