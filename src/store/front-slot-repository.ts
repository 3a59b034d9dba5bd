import type { Kysely } from 'kysely'
import type { FrontSlotRepository } from '../core/ports.ts'
import type { Database } from './database.ts'

export function frontSlotRepository(db: Kysely<Database>): FrontSlotRepository {
  return {
    async all() {
      const rows = await db.selectFrom('front_slots').selectAll().execute()
      return Object.fromEntries(rows.map((r) => [r.slot, r.article_id]))
    },
    async replace(slots) {
      await db.deleteFrom('front_slots').execute()
      const rows = Object.entries(slots).map(([slot, article_id]) => ({ slot, article_id }))
      if (rows.length) await db.insertInto('front_slots').values(rows).execute()
    },
  }
}
