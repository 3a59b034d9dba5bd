import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAppContext, type AppContext } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts'
import { addDesk, addStage, changeDesk, listDesks } from './desk-admin.ts'

const admin = { userId: 7, ip: '192.0.2.1' }

describe('desk administration', () => {
  let dir: string
  let ctx: AppContext
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-desks-'))
    ctx = await openAppContext(loadConfig({ data: dir }, { DATABASE_URL: '' }), {
      logger: { info() {}, warn() {}, error() {} },
    })
  })
  afterEach(async () => {
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const auditActions = async () =>
    (await ctx.deps.store.audit.list({ limit: 50, offset: 0 })).map((e) => `${e.action} ${e.targetId}`)

  it('addDesk() makes the desk, its default stages and the audit entry together', async () => {
    const desk = await addDesk(ctx.deps, { name: 'Business Desk' }, admin)
    expect(desk).toMatchObject({ name: 'Business Desk', slug: 'business-desk', defaultSectionId: null })
    expect(desk.stages.map((s) => [s.name, s.position])).toEqual([
      ['Incoming', 1],
      ['Working', 2],
      ['Ready', 3],
    ])
    const [entry] = await ctx.deps.store.audit.list({ action: 'desk.create', limit: 1, offset: 0 })
    expect(entry).toMatchObject({ userId: 7, ip: '192.0.2.1', targetType: 'desk', targetId: String(desk.id) })
  })

  it('addDesk() refuses a name (or slug) another desk has, and an unknown section, leaving nothing behind', async () => {
    await addDesk(ctx.deps, { name: 'Business Desk' }, admin)
    await expect(addDesk(ctx.deps, { name: 'business desk!' }, admin)).rejects.toBeInstanceOf(ConflictError)
    const error = await addDesk(ctx.deps, { name: 'Sport Desk', defaultSectionId: 42 }, admin).catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.issues).toEqual([{ path: 'defaultSectionId', message: 'no section with id 42' }])
    expect((await listDesks(ctx.deps.store)).map((d) => d.name)).toEqual(['Business Desk'])
    expect(await ctx.deps.store.stages.list()).toHaveLength(3)
    expect(await auditActions()).toHaveLength(1)
  })

  it('changeDesk() renames the desk and its slug, logs the change for the cache and audits the before', async () => {
    const desk = await addDesk(ctx.deps, { name: 'Business Desk' }, admin)
    const section = await ctx.deps.store.sections.create({ name: 'Economy', slug: 'economy', position: 1 })
    const changed = await changeDesk(
      ctx.deps,
      desk.id,
      { name: 'Economy Desk', defaultSectionId: section.id },
      admin,
    )
    expect(changed).toMatchObject({
      name: 'Economy Desk',
      slug: 'economy-desk',
      defaultSectionId: section.id,
    })
    expect(changed.stages).toHaveLength(3)
    const log = await ctx.deps.store.changes.since(0, 10)
    // Creating the desk tells open newsroom screens; renaming also drops the reader pages that show its name.
    expect(log.map((c) => c.keys)).toEqual([['newsroom:catalog'], [`desk:${desk.id}`, 'newsroom:catalog']])
    const [entry] = await ctx.deps.store.audit.list({ action: 'desk.update', limit: 1, offset: 0 })
    expect(entry?.details).toMatchObject({
      before: { name: 'Business Desk' },
      change: { name: 'Economy Desk' },
    })
    // Keeping its own name is no clash.
    await expect(changeDesk(ctx.deps, desk.id, { name: 'Economy Desk' }, admin)).resolves.toBeTruthy()
    await expect(changeDesk(ctx.deps, 999, { name: 'X' }, admin)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('addStage() puts a stage last unless placed, and refuses a name the desk already has', async () => {
    const desk = await addDesk(ctx.deps, { name: 'Business Desk' }, admin)
    expect(await addStage(ctx.deps, desk.id, { name: 'Legal' }, admin)).toMatchObject({ position: 4 })
    expect(await addStage(ctx.deps, desk.id, { name: 'Pitch', position: 0 }, admin)).toMatchObject({
      position: 0,
    })
    const desks = await listDesks(ctx.deps.store)
    expect(desks[0]!.stages.map((s) => s.name)).toEqual(['Pitch', 'Incoming', 'Working', 'Ready', 'Legal'])
    await expect(addStage(ctx.deps, desk.id, { name: 'READY' }, admin)).rejects.toBeInstanceOf(ConflictError)
    await expect(addStage(ctx.deps, 999, { name: 'X' }, admin)).rejects.toBeInstanceOf(NotFoundError)
    expect((await auditActions()).filter((a) => a.startsWith('stage.create'))).toHaveLength(2)
  })
})
