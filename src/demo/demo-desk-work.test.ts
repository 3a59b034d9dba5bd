import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAppContext, type AppContext } from '../app.ts'
import { loadConfig } from '../config.ts'
import { addDesk } from '../services/catalog/desk-admin.ts'
import { DEMO_WORK_DESK, seedDeskWork } from './demo-desk-work.ts'

describe('the demo newsroom’s working day', () => {
  let dir: string
  let ctx: AppContext
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-desk-work-'))
    ctx = await openAppContext(loadConfig({ data: dir }, { DATABASE_URL: '' }), {
      logger: { info() {}, warn() {}, error() {} },
    })
  })
  afterEach(async () => {
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('puts a story in each stage and wire copy in the queue, none of it public', async () => {
    const desk = await addDesk(ctx.deps, { name: DEMO_WORK_DESK }, { userId: null, ip: null })
    await seedDeskWork(ctx.deps)

    const stages = await ctx.deps.store.stages.list(desk.id)
    const { items } = await ctx.deps.store.articles.listNewsroom({ deskId: desk.id, limit: 10, offset: 0 })
    expect(items.map((s) => [s.stageId, s.state, s.status]).sort()).toEqual(
      [
        [stages[0]!.id, 'draft', 'draft'],
        [stages[1]!.id, 'draft', 'draft'],
        [stages[2]!.id, 'submitted', 'draft'],
      ].sort(),
    )
    const queue = await ctx.deps.store.wireItems.list({
      deskId: desk.id,
      status: 'queued',
      limit: 10,
      offset: 0,
    })
    expect(queue.items).toHaveLength(3)
    expect(queue.items.every((i) => i.provider === 'Meridian News Agency')).toBe(true)
  })

  it('does nothing without its desk', async () => {
    await seedDeskWork(ctx.deps)
    expect(await ctx.deps.store.articles.count()).toBe(0)
  })
})
