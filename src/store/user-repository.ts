import type { Kysely, Selectable } from 'kysely'
import { NotFoundError } from '../core/errors.ts'
import type { UserRepository } from '../core/ports.ts'
import type { Role } from '../core/roles.ts'
import type { UserRecord } from '../core/user.ts'
import type { Database, UsersTable } from './database.ts'
import { utc } from './row-codec.ts'

function toUser(row: Selectable<UsersTable>, deskIds: number[]): UserRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    deskIds,
    disabled: Boolean(row.disabled),
    mustChangePassword: Boolean(row.must_change_password),
    passwordHash: row.password_hash,
    createdAt: row.created_at,
  }
}

export function userRepository(db: Kysely<Database>, now: () => string): UserRepository {
  const desksOf = async (userIds: number[]) => {
    const byUser = new Map<number, number[]>(userIds.map((id) => [id, []]))
    if (userIds.length === 0) return byUser
    const rows = await db
      .selectFrom('desk_members')
      .selectAll()
      .where('user_id', 'in', userIds)
      .orderBy('desk_id')
      .execute()
    for (const r of rows) byUser.get(r.user_id)?.push(r.desk_id)
    return byUser
  }
  const one = async (row: Selectable<UsersTable> | undefined) =>
    row ? toUser(row, (await desksOf([row.id])).get(row.id) ?? []) : null
  const setDesks = async (userId: number, deskIds: readonly number[]) => {
    await db.deleteFrom('desk_members').where('user_id', '=', userId).execute()
    const unique = [...new Set(deskIds)]
    if (unique.length) {
      await db
        .insertInto('desk_members')
        .values(unique.map((deskId) => ({ user_id: userId, desk_id: deskId })))
        .execute()
    }
  }

  return {
    get: async (id) => one(await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()),
    getByEmail: async (email) =>
      one(
        await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst(),
      ),
    async list() {
      const rows = await db.selectFrom('users').selectAll().orderBy('name').execute()
      const desks = await desksOf(rows.map((r) => r.id))
      return rows.map((r) => {
        const { passwordHash: _hidden, ...user } = toUser(r, desks.get(r.id) ?? [])
        return user
      })
    },
    async count() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },
    async create(input) {
      const row = await db
        .insertInto('users')
        .values({
          email: input.email.toLowerCase(),
          name: input.name,
          role: input.role,
          password_hash: input.passwordHash,
          must_change_password: input.mustChangePassword ? 1 : 0,
          disabled: 0,
          created_at: utc(now()),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      await setDesks(row.id, input.deskIds)
      return (await one(row))!
    },
    async update(id, patch) {
      const set = {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.role !== undefined ? { role: patch.role } : {}),
        ...(patch.passwordHash !== undefined ? { password_hash: patch.passwordHash } : {}),
        ...(patch.disabled !== undefined ? { disabled: patch.disabled ? 1 : 0 } : {}),
        ...(patch.mustChangePassword !== undefined
          ? { must_change_password: patch.mustChangePassword ? 1 : 0 }
          : {}),
      }
      if (Object.keys(set).length > 0) await db.updateTable('users').set(set).where('id', '=', id).execute()
      if (patch.deskIds !== undefined) await setDesks(id, patch.deskIds)
      const user = await one(await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst())
      if (!user) throw new NotFoundError('User', id)
      return user
    },
  }
}
