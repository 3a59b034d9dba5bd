import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makePendingRenditions } from '../../src/services/pending-renditions.ts'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { makePhoto } from '../support/make-photo.ts'
import { multipartForm } from '../support/multipart-form.ts'
import { storyApi } from '../support/story-api.ts'

interface RenditionResource {
  width: number
  height: number
  format: string
  crop?: string
  url: string
}

describe('picture renditions: AVIF in the background, crops around the focal point', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T04:00:00Z' })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  const upload = async () => {
    // makePhoto draws a yellow sun (#ffd27a) centred at 70% across, 30% down.
    const form = await multipartForm([
      { name: 'file', value: await makePhoto(1800, 1200), filename: 'harbour.jpg', type: 'image/jpeg' },
      { name: 'caption', value: 'The harbour at dawn' },
    ])
    const res = await h.as('reporter', { method: 'POST', url: '/api/v1/assets', ...form })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { id: number; renditionsPending: boolean; renditions: RenditionResource[] }
  }
  const asset = async (id: number) =>
    (await api.send('editor', 'GET', `/api/v1/assets/${id}`)).json() as {
      renditionsPending: boolean
      renditions: RenditionResource[]
    }
  const fetchBytes = async (url: string) => {
    const res = await h.app.inject({ url })
    expect(res.statusCode, url).toBe(200)
    return res
  }

  it('adds AVIF after upload, and the pages showing the picture offer it at once', async () => {
    const picture = await upload()
    expect(picture.renditionsPending).toBe(true)
    expect(picture.renditions.some((r) => r.format === 'avif')).toBe(false)

    const s = await api.create('chief', {
      headline: 'Dawn over the harbour',
      leadImage: { assetId: picture.id, caption: 'The harbour at dawn', credit: 'Photo: Desk', alt: 'Boats' },
    })
    const live = (await api.transition('chief', s.id, 'publish', s.version)).json()
    const path = new URL(live.url).pathname
    const before = (await h.app.inject({ url: path })).body
    expect(before).toContain('type="image/webp"')
    expect(before).not.toContain('type="image/avif"')
    await h.app.inject({ url: '/' })
    expect(h.cache.has(path) && h.cache.has('/')).toBe(true)

    expect(await makePendingRenditions(h.ctx.deps, 5)).toBe(1)
    expect(await makePendingRenditions(h.ctx.deps, 5)).toBe(0)
    const done = await asset(picture.id)
    expect(done.renditionsPending).toBe(false)
    const avif = done.renditions.filter((r) => r.format === 'avif')
    expect(avif.map((r) => `${r.crop ?? 'whole'} ${r.width}`).sort()).toEqual(
      [400, 600, 800, 1200, 1600]
        .map((w) => `whole ${w}`)
        .concat([200, 400, 600, 800, 1200].map((w) => `16x9 ${w}`))
        .sort(),
    )
    const file = await fetchBytes(avif[0]!.url)
    expect(file.headers['content-type']).toBe('image/avif')
    expect(file.headers['cache-control']).toContain('immutable')
    expect((await sharp(file.rawPayload).metadata()).format).toBe('heif')

    // The pages that show the picture were dropped, and now offer AVIF first.
    expect(h.cache.has(path) || h.cache.has('/')).toBe(false)
    const after = (await h.app.inject({ url: path })).body
    expect(after.indexOf('type="image/avif"')).toBeGreaterThan(-1)
    expect(after.indexOf('type="image/avif"')).toBeLessThan(after.indexOf('type="image/webp"'))
    // Teasers show the 16:9 crop.
    expect((await h.app.inject({ url: '/' })).body).toMatch(
      /\/media\/r\/[0-9a-f]{16}\/16x9-500-500-800\.avif/,
    )
  })

  it('cuts the crops anew around a moved focal point, keeping what is there', async () => {
    const picture = await upload()
    await makePendingRenditions(h.ctx.deps, 5)
    const res = await api.send('editor', 'PATCH', `/api/v1/assets/${picture.id}`, {
      focalX: 0.7,
      focalY: 0.3,
    })
    expect(res.statusCode, res.body).toBe(200)
    const moved = res.json() as { renditionsPending: boolean; renditions: RenditionResource[] }
    const crops = moved.renditions.filter((r) => r.crop)
    expect(crops.length).toBeGreaterThan(0)
    expect(crops.every((r) => r.url.includes(`${r.crop}-700-300-`))).toBe(true)
    // The new crops' AVIF is left to the background job again.
    expect(moved.renditionsPending).toBe(true)
    expect(crops.some((r) => r.format === 'avif')).toBe(false)

    // The square crop (the picture's full height) is centred across on the sun: the sun's centre, 30% down, is in
    // the middle of its width.
    const square = crops.find((r) => r.crop === '1x1')!
    const { data, info } = await sharp((await fetchBytes(square.url)).rawPayload)
      .raw()
      .toBuffer({ resolveWithObject: true })
    const middle = (Math.floor(info.height * 0.3) * info.width + Math.floor(info.width / 2)) * info.channels
    const [r, g, b] = [data[middle]!, data[middle + 1]!, data[middle + 2]!]
    expect(Math.abs(r - 0xff) + Math.abs(g - 0xd2) + Math.abs(b - 0x7a)).toBeLessThan(40)

    await makePendingRenditions(h.ctx.deps, 5)
    const finished = await asset(picture.id)
    expect(finished.renditionsPending).toBe(false)
    expect(
      finished.renditions
        .filter((r) => r.crop === '16x9' && r.format === 'avif')
        .every((r) => r.url.includes('700-300')),
    ).toBe(true)
  })

  it('refuses a licence link that is not an http(s) address, and stores a good one', async () => {
    const picture = await upload()
    const bad = await api.send('editor', 'PATCH', `/api/v1/assets/${picture.id}`, {
      licenseUrl: 'javascript:alert(1)',
    })
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('licenseUrl')
    const good = await api.send('editor', 'PATCH', `/api/v1/assets/${picture.id}`, {
      licenseUrl: 'https://paper.example/licence',
      acquireLicenseUrl: 'https://paper.example/buy-photos',
    })
    expect(good.statusCode, good.body).toBe(200)
    expect(good.json()).toMatchObject({
      licenseUrl: 'https://paper.example/licence',
      acquireLicenseUrl: 'https://paper.example/buy-photos',
    })
  })
})
