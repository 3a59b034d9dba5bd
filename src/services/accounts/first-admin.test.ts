import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAppContext, type AppContext } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import { signIn } from '../accounts/sessions.ts'
import { ensureFirstAdmin } from './first-admin.ts'

describe('ensureFirstAdmin()', () => {
  let dir: string
  let ctx: AppContext
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-firstadmin-'))
    ctx = await openAppContext(loadConfig({ data: dir }, { DATABASE_URL: '' }), {
      logger: { info() {}, warn() {}, error() {} },
    })
  })
  afterEach(async () => {
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('makes an admin with a one-time password on an empty database, and only then', async () => {
    const first = await ensureFirstAdmin(ctx.deps, 'admin@dateline.local')
    expect(first?.user).toMatchObject({
      email: 'admin@dateline.local',
      role: 'admin',
      mustChangePassword: true,
    })
    const session = await signIn(ctx.deps, {
      email: 'admin@dateline.local',
      password: first!.oneTimePassword,
      ip: null,
    })
    expect(session.principal.user.mustChangePassword).toBe(true)
    expect(await ensureFirstAdmin(ctx.deps, 'admin@dateline.local')).toBeNull()
    expect(await ensureFirstAdmin(ctx.deps, 'other@dateline.local')).toBeNull()
    expect(await ctx.deps.store.users.count()).toBe(1)
    const [entry] = await ctx.deps.store.audit.list({ action: 'user.create', limit: 5, offset: 0 })
    expect(entry).toMatchObject({ userId: null, details: { role: 'admin' } })
  })
})
