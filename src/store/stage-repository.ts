import type { Kysely, Selectable } from 'kysely'
import type { Stage } from '../core/newsroom-records.ts'
import type { StageRepository } from '../core/ports.ts'
import type { Database, StagesTable } from './database.ts'

const toStage = (row: Selectable<StagesTable>): Stage => ({
  id: row.id,
  deskId: row.desk_id,
  name: row.name,
  position: row.position,
})

export function stageRepository(db: Kysely<Database>): StageRepository {
  return {
    async list(deskId) {
      let q = db.selectFrom('stages').selectAll()
      if (deskId !== undefined) q = q.where('desk_id', '=', deskId)
      return (await q.orderBy('desk_id').orderBy('position').orderBy('id').execute()).map(toStage)
    },
    async get(id) {
      const row = await db.selectFrom('stages').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toStage(row) : null
    },
    async create(input) {
      const row = await db
        .insertInto('stages')
        .values({ desk_id: input.deskId, name: input.name, position: input.position })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toStage(row)
    },
  }
}
