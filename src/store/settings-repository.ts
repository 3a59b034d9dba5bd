import type { Kysely } from 'kysely'
import type { SettingsRepository } from '../core/ports.ts'
import type { Database } from './database.ts'

export function settingsRepository(db: Kysely<Database>): SettingsRepository {
  return {
    async all() {
      const rows = await db.selectFrom('settings').selectAll().execute()
      return Object.fromEntries(rows.map((r) => [r.key, r.value]))
    },
    async set(key, value) {
      await db
        .insertInto('settings')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute()
    },
  }
}
