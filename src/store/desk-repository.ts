import type { Kysely, Selectable } from 'kysely'
import type { Desk } from '../core/desk.ts'
import { NotFoundError } from '../core/errors.ts'
import type { DeskRepository } from '../core/ports.ts'
import type { Database, DesksTable } from './database.ts'

const toDesk = (row: Selectable<DesksTable>): Desk => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  defaultSectionId: row.default_section_id,
})

export function deskRepository(db: Kysely<Database>, now: () => string): DeskRepository {
  return {
    async list() {
      return (await db.selectFrom('desks').selectAll().orderBy('name').execute()).map(toDesk)
    },
    async get(id) {
      const row = await db.selectFrom('desks').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toDesk(row) : null
    },
    async getByName(name) {
      const row = await db.selectFrom('desks').selectAll().where('name', '=', name).executeTakeFirst()
      return row ? toDesk(row) : null
    },
    async create(input) {
      const row = await db
        .insertInto('desks')
        .values({
          name: input.name,
          slug: input.slug,
          default_section_id: input.defaultSectionId,
          created_at: now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toDesk(row)
    },
    async update(id, patch) {
      const row = await db
        .updateTable('desks')
        .set({
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.slug !== undefined ? { slug: patch.slug } : {}),
          ...(patch.defaultSectionId !== undefined ? { default_section_id: patch.defaultSectionId } : {}),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
      if (!row) throw new NotFoundError('Desk', id)
      return toDesk(row)
    },
  }
}
