import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makePhoto } from '../../../test/support/make-photo.ts'
import { openAppContext, type AppContext } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import { NotFoundError, ValidationError } from '../../core/errors.ts'
import { changeAsset, getAsset, uploadImage } from './asset-library.ts'

describe('the picture library', () => {
  let dir: string
  let ctx: AppContext
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-assets-'))
    ctx = await openAppContext(loadConfig({ data: dir }, { DATABASE_URL: '' }), {
      logger: { info() {}, warn() {}, error() {} },
    })
  })
  afterEach(async () => {
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('uploadImage() refuses what is not an image, naming the file field, and stores nothing', async () => {
    for (const bytes of [Buffer.from('%PDF-1.7 not a picture'), Buffer.alloc(0)]) {
      const error = await uploadImage(ctx.deps, bytes, {}).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['file'])
    }
    expect((await ctx.deps.store.assets.list({ limit: 5, offset: 0 })).total).toBe(0)
  })

  it('uploadImage() keeps the caption, credit and alt; changeAsset() names the asset for the cache', async () => {
    const asset = await uploadImage(ctx.deps, await makePhoto(640, 480), {
      caption: 'Tea pickers at dawn',
      credit: 'Photo: Test',
      alt: 'Women picking tea on a hillside',
    })
    expect(asset).toMatchObject({ caption: 'Tea pickers at dawn', width: 640, focalX: 0.5 })
    const changed = await changeAsset(ctx.deps, asset.id, { alt: 'Tea garden', focalY: 0.2 })
    expect(changed).toMatchObject({ alt: 'Tea garden', focalY: 0.2, caption: 'Tea pickers at dawn' })
    expect((await ctx.deps.store.changes.since(0, 5)).map((c) => c.keys)).toEqual([[`asset:${asset.id}`]])
    await expect(changeAsset(ctx.deps, 999, { alt: 'x' })).rejects.toBeInstanceOf(NotFoundError)
    await expect(getAsset(ctx.deps.store, 999)).rejects.toBeInstanceOf(NotFoundError)
  })
})
