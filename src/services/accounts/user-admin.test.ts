import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAppContext, type AppContext } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts'
import type { User } from '../../core/user.ts'
import { resolveToken } from '../accounts/tokens.ts'
import { createUser } from './users.ts'
import { changeUser, issueToken } from './user-admin.ts'

describe('user administration', () => {
  let dir: string
  let ctx: AppContext
  let admin: User
  let reporter: User
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-useradmin-'))
    ctx = await openAppContext(loadConfig({ data: dir }, { DATABASE_URL: '' }), {
      logger: { info() {}, warn() {}, error() {} },
    })
    const make = async (email: string, role: User['role']) =>
      (
        await createUser(
          ctx.deps,
          { email, name: email, role, deskIds: [] },
          { password: 'a long test password', byUserId: null, ip: null },
        )
      ).user
    admin = await make('admin@example.com', 'admin')
    reporter = await make('reporter@example.com', 'reporter')
  })
  afterEach(async () => {
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const asAdmin = () => ({ userId: admin.id, ip: null })

  it('changeUser() refuses an admin disabling or demoting their own account, and changes nothing', async () => {
    for (const patch of [
      { disabled: true },
      { role: 'editor' as const },
      { role: 'chief' as const, name: 'Me' },
    ]) {
      const error = await changeUser(ctx.deps, admin.id, patch, asAdmin()).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ConflictError)
      expect((error as ConflictError).code).toBe('self_lockout')
    }
    expect(await ctx.deps.store.users.get(admin.id)).toMatchObject({
      role: 'admin',
      disabled: false,
      name: admin.name,
    })
    expect(
      await changeUser(ctx.deps, admin.id, { name: 'Head of IT', role: 'admin', disabled: false }, asAdmin()),
    ).toMatchObject({
      name: 'Head of IT',
    })
  })

  it('changeUser() checks the desks and the account exist; the command line may change anyone', async () => {
    const error = await changeUser(ctx.deps, reporter.id, { deskIds: [5] }, asAdmin()).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).issues).toEqual([{ path: 'deskIds.0', message: 'no desk with id 5' }])
    await expect(changeUser(ctx.deps, 999, { name: 'X' }, asAdmin())).rejects.toBeInstanceOf(NotFoundError)
    expect(await changeUser(ctx.deps, admin.id, { role: 'chief' }, { userId: null, ip: null })).toMatchObject(
      {
        role: 'chief',
      },
    )
  })

  it('issueToken() finds the account by id or email, records who made it, and refuses a disabled account', async () => {
    const byId = await issueToken(
      ctx.deps,
      { user: reporter.id, name: 'cms' },
      { userId: admin.id, ip: '203.0.113.9' },
    )
    expect((await resolveToken(ctx.deps, byId.token))?.user.email).toBe('reporter@example.com')
    const byEmail = await issueToken(
      ctx.deps,
      { user: 'reporter@example.com', name: 'feeds' },
      { userId: null, ip: null },
    )
    expect(byEmail.tokenId).not.toBe(byId.tokenId)
    const entries = await ctx.deps.store.audit.list({ action: 'token.create', limit: 5, offset: 0 })
    expect(entries.map((e) => [e.userId, e.ip, e.details.name])).toEqual([
      [null, null, 'feeds'],
      [admin.id, '203.0.113.9', 'cms'],
    ])
    await expect(
      issueToken(ctx.deps, { user: 'nobody@example.com', name: 'x' }, asAdmin()),
    ).rejects.toBeInstanceOf(NotFoundError)

    await changeUser(ctx.deps, reporter.id, { disabled: true }, asAdmin())
    expect(await resolveToken(ctx.deps, byId.token)).toBeNull()
    const disabled = await issueToken(ctx.deps, { user: reporter.id, name: 'x' }, asAdmin()).catch(
      (e: unknown) => e,
    )
    expect((disabled as ConflictError).code).toBe('user_disabled')
  })
})
