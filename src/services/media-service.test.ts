import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { withEmbeddedRights } from '../../test/support/embedded-rights.ts'
import { makePhoto } from '../../test/support/make-photo.ts'
import { ParseError } from '../core/errors.ts'
import type { Store } from '../core/ports.ts'
import { fileMediaStorage } from '../media/file-media-storage.ts'
import { sharpImageProcessor } from '../media/sharp-image-processor.ts'
import { openStore } from '../store/open-store.ts'
import { importImage } from './media-service.ts'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('importImage()', () => {
  let dataDir: string
  let store: Store
  let media: ReturnType<typeof fileMediaStorage>
  let deps: Parameters<typeof importImage>[0]

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-media-'))
    store = await openStore({ dataDir })
    media = fileMediaStorage(join(dataDir, 'media'))
    deps = {
      store,
      media,
      images: sharpImageProcessor(),
      clock: { now: () => new Date('2024-05-16T03:35:00Z') },
    }
  })

  afterEach(async () => {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('stores the original under its content hash, with its size, type and the given metadata', async () => {
    const photo = await makePhoto(1800, 1200)
    const hash = sha256(photo)
    const asset = await importImage(deps, photo, {
      caption: 'Boats at the ghat',
      credit: 'Photo: Delta Wire',
      alt: 'Three boats at a river landing',
      source: 'Delta Wire',
      copyright: '© Delta Wire',
    })
    expect(asset).toMatchObject({
      kind: 'image',
      key: `originals/${hash.slice(0, 2)}/${hash}.jpg`,
      mimeType: 'image/jpeg',
      width: 1800,
      height: 1200,
      bytes: photo.byteLength,
      sha256: hash,
      caption: 'Boats at the ghat',
      credit: 'Photo: Delta Wire',
      alt: 'Three boats at a river landing',
      source: 'Delta Wire',
      copyright: '© Delta Wire',
      createdAt: '2024-05-16T03:35:00.000Z',
    })
    expect(Buffer.from((await media.get(asset.key))!)).toEqual(photo)
    expect(await store.assets.get(asset.id)).toEqual(asset)
  })

  it('makes WebP and JPEG of the whole picture and its crops at upload, and leaves AVIF for later', async () => {
    const photo = await makePhoto(1800, 1200)
    const prefix = `r/${sha256(photo).slice(0, 16)}/`
    const asset = await importImage(deps, photo)
    const names = (crop: string | undefined) =>
      asset.renditions
        .filter((r) => r.crop === crop)
        .map((r) => `${r.width}.${r.format}`)
        .sort()
    expect(names(undefined)).toEqual(
      ['400', '600', '800', '1200', '1600'].flatMap((w) => [`${w}.jpeg`, `${w}.webp`]).sort(),
    )
    expect(names('16x9')).toEqual(
      ['200', '400', '600', '800', '1200'].flatMap((w) => [`${w}.jpeg`, `${w}.webp`]).sort(),
    )
    expect(names('4x3')).toEqual(['1200.jpeg'])
    expect(names('1x1')).toEqual(['1200.jpeg'])
    expect(asset.renditionsPending).toBe(true)
    const shape = { '16x9': 9 / 16, '4x3': 3 / 4, '1x1': 1 }
    for (const r of asset.renditions) {
      const ext = r.format === 'jpeg' ? 'jpg' : r.format
      expect(r.key).toBe(
        r.crop ? `${prefix}${r.crop}-500-500-${r.width}.${ext}` : `${prefix}${r.width}.${ext}`,
      )
      const bytes = await media.get(r.key)
      expect(bytes?.byteLength, r.key).toBe(r.bytes)
      const meta = await sharp(bytes!).metadata()
      expect(meta).toMatchObject({ format: r.format, width: r.width, height: r.height })
      const ratio = r.crop ? shape[r.crop] : 1200 / 1800
      expect(Math.abs(r.height - r.width * ratio), r.key).toBeLessThanOrEqual(1)
    }
  })

  it('keeps the embedded IPTC and XMP credit and copyright in the renditions', async () => {
    const photo = await withEmbeddedRights(await makePhoto(900, 600), {
      credit: 'Photo: Delta Wire',
      copyright: '© Delta Wire 2024',
    })
    const asset = await importImage(deps, photo)
    for (const r of asset.renditions) {
      const meta = await sharp((await media.get(r.key))!).metadata()
      const xmp = meta.xmp?.toString('utf8') ?? ''
      expect(xmp, r.key).toContain('Photo: Delta Wire')
      expect(xmp, r.key).toContain('© Delta Wire 2024')
      // IPTC IIM exists only in JPEG files; WebP and AVIF carry the same fields in XMP.
      if (r.format === 'jpeg') {
        const iptc = meta.iptc?.toString('utf8') ?? ''
        expect(iptc, r.key).toContain('Photo: Delta Wire')
        expect(iptc, r.key).toContain('© Delta Wire 2024')
      }
    }
  })

  it('makes no rendition wider than the original or its crop', async () => {
    const small = await makePhoto(600, 400)
    const asset = await importImage(deps, small)
    const whole = asset.renditions.filter((r) => !r.crop)
    expect(whole.map((r) => r.width).sort((a, b) => a - b)).toEqual([400, 400, 600, 600])
    // The 1:1 crop of a 600×400 picture is 400 wide; its "1200" rendition is that.
    expect(asset.renditions.filter((r) => r.crop === '1x1').map((r) => [r.width, r.height])).toEqual([
      [400, 400],
    ])
    expect(Math.max(...asset.renditions.map((r) => r.width))).toBeLessThanOrEqual(600)
  })

  it('keeps a PNG original as .png', async () => {
    const png = await sharp(await makePhoto(500, 300))
      .png()
      .toBuffer()
    const asset = await importImage(deps, png)
    expect(asset.mimeType).toBe('image/png')
    expect(asset.key).toMatch(/\.png$/)
    expect(new Set(asset.renditions.map((r) => r.format))).toEqual(new Set(['webp', 'jpeg']))
    expect((await sharp((await media.get(asset.renditions[0]!.key))!).metadata()).format).not.toBe('png')
  })

  it('gives the same asset for the same bytes twice, stored once', async () => {
    const photo = await makePhoto(900, 600)
    const first = await importImage(deps, photo, { caption: 'First caption' })
    const second = await importImage(deps, new Uint8Array(photo), { caption: 'Second caption' })
    expect(second).toEqual(first)
    expect(second.caption).toBe('First caption')
    const other = await importImage(deps, await makePhoto(900, 600, 20))
    expect(other.id).not.toBe(first.id)
    const ids = Array.from({ length: 10 }, (_, i) => i + 1)
    expect((await store.assets.getMany(ids)).map((a) => a.id).sort((a, b) => a - b)).toEqual([
      first.id,
      other.id,
    ])
  })

  it('throws a ParseError for bytes that are not an image, and stores nothing', async () => {
    const text = new TextEncoder().encode('<html><body>Not a picture</body></html>')
    await expect(importImage(deps, text)).rejects.toBeInstanceOf(ParseError)
    expect(await store.assets.getBySha256(sha256(text))).toBeNull()
    expect(await store.assets.getMany([1, 2, 3])).toEqual([])
    const mediaDir = join(dataDir, 'media')
    expect(existsSync(mediaDir) ? readdirSync(mediaDir, { recursive: true }) : []).toEqual([])
  })
})
