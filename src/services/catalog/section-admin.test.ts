import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAppContext, type AppContext } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import { ConflictError, ValidationError } from '../../core/errors.ts'
import { addSection, changeSection } from './section-admin.ts'

const admin = { userId: 1, ip: null }

describe('section administration', () => {
  let dir: string
  let ctx: AppContext
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-sections-'))
    ctx = await openAppContext(loadConfig({ data: dir }, { DATABASE_URL: '' }), {
      logger: { info() {}, warn() {}, error() {} },
    })
  })
  afterEach(async () => {
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => e as ValidationError,
    )

  it('addSection() makes the slug from the name, places it last and names "sections" for the cache', async () => {
    expect(await addSection(ctx.deps, { name: 'Arts & Culture' }, admin)).toMatchObject({
      slug: 'arts-culture',
      position: 1,
    })
    expect(await addSection(ctx.deps, { name: 'Sport', slug: 'games' }, admin)).toMatchObject({ position: 2 })
    expect(await addSection(ctx.deps, { name: 'Top', position: 0 }, admin)).toMatchObject({ position: 0 })
    const log = await ctx.deps.store.changes.since(0, 10)
    expect(log.map((c) => c.keys)).toEqual([
      ['sections', 'newsroom:catalog'],
      ['sections', 'newsroom:catalog'],
      ['sections', 'newsroom:catalog'],
    ])
    expect(await ctx.deps.store.audit.list({ action: 'section.create', limit: 10, offset: 0 })).toHaveLength(
      3,
    )
  })

  it('addSection() refuses a reserved or unusable slug, naming the field it came from', async () => {
    const given = await refusal(addSection(ctx.deps, { name: 'Our feed', slug: 'feed' }, admin))
    expect(given).toBeInstanceOf(ValidationError)
    expect(given!.issues).toEqual([{ path: 'slug', message: 'is reserved for the site itself' }])
    const fromName = await refusal(addSection(ctx.deps, { name: 'Search' }, admin))
    expect(fromName!.issues[0]).toMatchObject({ path: 'name', message: expect.stringContaining('"search"') })
    // Letters of other scripts make a fine story slug, but a section's address is kept to a-z, 0-9 and hyphens.
    const bengali = await refusal(addSection(ctx.deps, { name: 'খেলা' }, admin))
    expect(bengali!.issues[0]).toMatchObject({
      path: 'name',
      message: expect.stringContaining('send a slug'),
    })
    expect(await addSection(ctx.deps, { name: 'খেলা', slug: 'khela' }, admin)).toMatchObject({
      slug: 'khela',
    })
    expect(await ctx.deps.store.sections.list()).toHaveLength(1)
  })

  it('changeSection() drops the navigation and the section’s own pages; a slug in use elsewhere is refused', async () => {
    const world = await addSection(ctx.deps, { name: 'World' }, admin)
    await addSection(ctx.deps, { name: 'Sport' }, admin)
    expect(
      await changeSection(ctx.deps, world.id, { name: 'The World', slug: 'world' }, admin),
    ).toMatchObject({
      name: 'The World',
      slug: 'world',
    })
    const log = await ctx.deps.store.changes.since(0, 10)
    expect(log.at(-1)?.keys).toEqual(['sections', `section:${world.id}`, 'newsroom:catalog'])
    await expect(changeSection(ctx.deps, world.id, { slug: 'sport' }, admin)).rejects.toBeInstanceOf(
      ConflictError,
    )
    const reserved = await refusal(changeSection(ctx.deps, world.id, { slug: 'api' }, admin))
    expect(reserved!.issues[0]?.path).toBe('slug')
    expect((await ctx.deps.store.sections.get(world.id))?.slug).toBe('world')
    const [entry] = await ctx.deps.store.audit.list({ action: 'section.update', limit: 5, offset: 0 })
    expect(entry?.details).toMatchObject({ before: { name: 'World' }, change: { name: 'The World' } })
  })
})
