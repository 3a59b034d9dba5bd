import type { Kysely, Selectable } from 'kysely'
import { NotFoundError } from '../core/errors.ts'
import type { SectionRepository } from '../core/ports.ts'
import type { Section } from '../core/section.ts'
import type { Database, SectionsTable } from './database.ts'

const toSection = (row: Selectable<SectionsTable>): Section => ({
  id: row.id,
  name: row.name,
  slug: row.slug,
  position: row.position,
})

export function sectionRepository(db: Kysely<Database>, now: () => string): SectionRepository {
  return {
    async list() {
      const rows = await db.selectFrom('sections').selectAll().orderBy('position').orderBy('id').execute()
      return rows.map(toSection)
    },
    async get(id) {
      const row = await db.selectFrom('sections').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toSection(row) : null
    },
    async getBySlug(slug) {
      const row = await db.selectFrom('sections').selectAll().where('slug', '=', slug).executeTakeFirst()
      return row ? toSection(row) : null
    },
    async create(input) {
      const row = await db
        .insertInto('sections')
        .values({ ...input, created_at: now() })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toSection(row)
    },
    async update(id, patch) {
      const row = await db
        .updateTable('sections')
        .set(patch)
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
      if (!row) throw new NotFoundError('Section', id)
      return toSection(row)
    },
  }
}
