import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ContentChange } from '../../src/core/ports.ts'
import { mediaRoot } from '../../src/media/file-media-storage.ts'
import { UPLOAD_LIMIT } from '../../src/api/register-api.ts'
import { makePhoto } from '../support/make-photo.ts'
import { multipartForm, type FormPart } from '../support/multipart-form.ts'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import sharp from 'sharp'

const json = (body: unknown) => ({
  headers: { 'content-type': 'application/json' },
  payload: JSON.stringify(body),
})

const paths = (res: { json(): { errors?: { path: string }[] } }) => res.json().errors?.map((e) => e.path)

describe('desks, sections, settings and pictures through the API', () => {
  let h: Harness
  let changes: ContentChange[]
  beforeEach(async () => {
    h = await apiHarness()
    changes = []
    h.ctx.deps.events.subscribe((c) => changes.push(c))
  })
  afterEach(() => h.close())

  const auditOf = async (action: string) =>
    (await h.as('admin', { url: `/api/v1/audit?action=${action}` })).json().items as {
      userId: number
      targetId: string
      details: Record<string, unknown>
    }[]

  describe('desks and stages', () => {
    it('anyone signed in lists the desks with their stages; anonymous callers get 401', async () => {
      const res = await h.as('reporter', { url: '/api/v1/desks' })
      expect(res.statusCode).toBe(200)
      const desks = res.json().items
      expect(desks.map((d: { name: string }) => d.name)).toEqual(['International Desk', 'Sport Desk'])
      expect(desks[0].stages.map((s: { name: string }) => s.name)).toEqual(['Incoming', 'Working', 'Ready'])
      expect((await h.as(null, { url: '/api/v1/desks' })).statusCode).toBe(401)
    })

    it('an admin creates a desk with the default stages, renames it and adds a stage; each is audited', async () => {
      const created = await h.as('admin', {
        method: 'POST',
        url: '/api/v1/desks',
        ...json({ name: 'Business Desk', defaultSectionId: h.sectionId }),
      })
      expect(created.statusCode, created.body).toBe(201)
      const desk = created.json()
      expect(desk).toMatchObject({
        name: 'Business Desk',
        slug: 'business-desk',
        defaultSectionId: h.sectionId,
      })
      expect(desk.stages.map((s: { position: number }) => s.position)).toEqual([1, 2, 3])

      const renamed = await h.as('admin', {
        method: 'PATCH',
        url: `/api/v1/desks/${desk.id}`,
        ...json({ name: 'Economy Desk', defaultSectionId: null }),
      })
      expect(renamed.json()).toMatchObject({
        name: 'Economy Desk',
        slug: 'economy-desk',
        defaultSectionId: null,
      })
      expect(changes).toContainEqual({ keys: [`desk:${desk.id}`, 'newsroom:catalog'], reason: 'desk.update' })

      const stage = await h.as('admin', {
        method: 'POST',
        url: `/api/v1/desks/${desk.id}/stages`,
        ...json({ name: 'Legal review' }),
      })
      expect(stage.statusCode, stage.body).toBe(201)
      expect(stage.json()).toMatchObject({ deskId: desk.id, name: 'Legal review', position: 4 })
      const again = await h.as('admin', {
        method: 'POST',
        url: `/api/v1/desks/${desk.id}/stages`,
        ...json({ name: 'legal review' }),
      })
      expect(again.json().code).toBe('stage_exists')

      for (const action of ['desk.create', 'desk.update', 'stage.create']) {
        const [entry] = await auditOf(action)
        expect(entry, action).toMatchObject({ userId: h.users.admin.id })
      }
      expect((await auditOf('desk.update'))[0]!.details).toMatchObject({ before: { name: 'Business Desk' } })
    })

    it('refuses reporters and editors, unknown fields, unknown sections and taken names', async () => {
      for (const role of ['reporter', 'editor', 'chief'] as const) {
        const res = await h.as(role, { method: 'POST', url: '/api/v1/desks', ...json({ name: 'Desk X' }) })
        expect(res.statusCode).toBe(403)
        const stage = await h.as(role, {
          method: 'POST',
          url: `/api/v1/desks/${h.deskA}/stages`,
          ...json({ name: 'X' }),
        })
        expect(stage.statusCode).toBe(403)
      }
      const post = (body: unknown) => h.as('admin', { method: 'POST', url: '/api/v1/desks', ...json(body) })
      expect(paths(await post({ name: 'Desk X', colour: 'red' }))).toEqual(['colour'])
      expect(paths(await post({ name: 'Desk X', defaultSectionId: 999 }))).toEqual(['defaultSectionId'])
      expect(paths(await post({ name: '' }))).toEqual(['name'])
      const taken = await post({ name: 'sport desk' })
      expect(taken.statusCode).toBe(409)
      expect(taken.json().code).toBe('desk_exists')
      const patch = await h.as('admin', { method: 'PATCH', url: `/api/v1/desks/${h.deskB}`, ...json({}) })
      expect(patch.statusCode).toBe(422)
      expect(
        (await h.as('admin', { method: 'PATCH', url: '/api/v1/desks/999', ...json({ name: 'X' }) }))
          .statusCode,
      ).toBe(404)
      expect((await h.as('reporter', { url: '/api/v1/desks' })).json().items).toHaveLength(2)
    })
  })

  describe('sections', () => {
    it('lists sections to anyone; an admin creates one with a slug from its name', async () => {
      expect((await h.as(null, { url: '/api/v1/sections' })).json().items).toEqual([
        { id: h.sectionId, name: 'World', slug: 'world', position: 1 },
      ])
      const res = await h.as('admin', {
        method: 'POST',
        url: '/api/v1/sections',
        ...json({ name: 'Arts & Culture' }),
      })
      expect(res.statusCode, res.body).toBe(201)
      expect(res.json()).toMatchObject({ name: 'Arts & Culture', slug: 'arts-culture', position: 2 })
      expect(changes).toContainEqual({ keys: ['sections', 'newsroom:catalog'], reason: 'section.create' })
      expect((await auditOf('section.create'))[0]).toMatchObject({ userId: h.users.admin.id })
      const taken = await h.as('admin', {
        method: 'POST',
        url: '/api/v1/sections',
        ...json({ name: 'World' }),
      })
      expect(taken.json().code).toBe('slug_taken')
    })

    it('refuses the site’s own paths as slugs, naming the field, and stores nothing', async () => {
      const post = (body: unknown) =>
        h.as('admin', { method: 'POST', url: '/api/v1/sections', ...json(body) })
      const given = await post({ name: 'Our feeds', slug: 'feed' })
      expect(given.statusCode).toBe(422)
      expect(given.json().errors).toEqual([{ path: 'slug', message: 'is reserved for the site itself' }])
      const fromName = await post({ name: 'API' })
      expect(fromName.statusCode).toBe(422)
      expect(paths(fromName)).toEqual(['name'])
      expect(fromName.json().errors[0].message).toContain('"api"')
      expect(paths(await post({ name: 'Sport', slug: 'Sport!' }))).toEqual(['slug'])
      const renamed = await h.as('admin', {
        method: 'PATCH',
        url: `/api/v1/sections/${h.sectionId}`,
        ...json({ slug: 'admin' }),
      })
      expect(paths(renamed)).toEqual(['slug'])
      expect((await h.as(null, { url: '/api/v1/sections' })).json().items).toHaveLength(1)
      expect(await auditOf('section.create')).toEqual([])
    })

    it('renaming a section drops every cached page, so the navigation updates everywhere', async () => {
      expect((await h.app.inject({ url: '/' })).body).toContain('World')
      expect(h.cache.has('/')).toBe(true)
      const res = await h.as('admin', {
        method: 'PATCH',
        url: `/api/v1/sections/${h.sectionId}`,
        ...json({ name: 'Around the world' }),
      })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ name: 'Around the world', slug: 'world' })
      expect(h.cache.has('/')).toBe(false)
      expect((await h.app.inject({ url: '/' })).body).toContain('Around the world')
      expect((await auditOf('section.update'))[0]!.details).toMatchObject({ before: { name: 'World' } })
      for (const role of ['reporter', 'editor', 'chief'] as const) {
        const denied = await h.as(role, {
          method: 'PATCH',
          url: `/api/v1/sections/${h.sectionId}`,
          ...json({ name: 'X' }),
        })
        expect(denied.statusCode).toBe(403)
      }
    })
  })

  describe('settings', () => {
    it('signed-in users read them; an admin changes several at once, and the pages follow', async () => {
      expect((await h.as(null, { url: '/api/v1/settings' })).statusCode).toBe(401)
      expect((await h.as('reporter', { url: '/api/v1/settings' })).json()).toMatchObject({
        siteName: 'The Dateline',
      })
      await h.app.inject({ url: '/' })
      const res = await h.as('admin', {
        method: 'PATCH',
        url: '/api/v1/settings',
        ...json({ siteName: 'The Delta Herald', spikeRetentionDays: 7, siteUrl: 'https://herald.example/' }),
      })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({
        siteName: 'The Delta Herald',
        spikeRetentionDays: 7,
        siteUrl: 'https://herald.example',
      })
      expect(h.cache.has('/')).toBe(false)
      expect((await h.app.inject({ url: '/' })).body).toContain('The Delta Herald')
      const [entry] = await auditOf('settings.update')
      expect(entry).toMatchObject({
        userId: h.users.admin.id,
        details: { siteName: { from: 'The Dateline', to: 'The Delta Herald' } },
      })
    })

    it('one bad key or value stores none of the others, and each is named', async () => {
      const res = await h.as('admin', {
        method: 'PATCH',
        url: '/api/v1/settings',
        ...json({ siteName: 'Changed', timeZone: 'Asia/Nowhere', colour: 'red' }),
      })
      expect(res.statusCode).toBe(422)
      expect(paths(res)!.sort()).toEqual(['colour', 'timeZone'])
      expect((await h.as('admin', { url: '/api/v1/settings' })).json().siteName).toBe('The Dateline')
      expect(
        paths(await h.as('admin', { method: 'PATCH', url: '/api/v1/settings', ...json({ siteName: 5 }) })),
      ).toEqual(['siteName'])
      expect(
        (await h.as('admin', { method: 'PATCH', url: '/api/v1/settings', ...json({}) })).statusCode,
      ).toBe(422)
      expect(
        (await h.as('chief', { method: 'PATCH', url: '/api/v1/settings', ...json({ siteName: 'X' }) }))
          .statusCode,
      ).toBe(403)
      expect(await auditOf('settings.update')).toEqual([])
      expect(changes).toEqual([])
    })
  })

  describe('pictures', () => {
    const upload = (role: Parameters<Harness['as']>[0], parts: FormPart[]) =>
      h.as(role, { method: 'POST', url: '/api/v1/assets', ...multipartForm(parts) })
    const storedFiles = () => {
      const dir = join(mediaRoot(h.ctx.config.dataDir), 'originals')
      return existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0
    }

    it('a reporter uploads a JPEG with caption, credit and alt; its renditions are served at their URLs', async () => {
      const photo = await makePhoto(1200, 800)
      const res = await upload('reporter', [
        { name: 'caption', value: 'Boats at Sadarghat at dawn' },
        { name: 'file', value: photo, filename: 'boats.jpg', type: 'image/jpeg' },
        { name: 'credit', value: 'Photo: Rina Akter' },
        { name: 'alt', value: 'Three wooden boats at a river landing' },
      ])
      expect(res.statusCode, res.body).toBe(201)
      const asset = res.json()
      expect(asset).toMatchObject({
        mimeType: 'image/jpeg',
        width: 1200,
        height: 800,
        caption: 'Boats at Sadarghat at dawn',
        credit: 'Photo: Rina Akter',
        alt: 'Three wooden boats at a river landing',
      })
      expect(asset).not.toHaveProperty('key')
      expect(asset.renditions.length).toBeGreaterThan(0)
      for (const r of asset.renditions) {
        expect(r.url).toMatch(/^\/media\/r\//)
        const file = await h.app.inject({ url: r.url })
        expect(file.statusCode, r.url).toBe(200)
        expect(file.headers['content-type']).toBe(r.format === 'jpeg' ? 'image/jpeg' : `image/${r.format}`)
        expect((await sharp(file.rawPayload).metadata()).width).toBe(r.width)
      }
      expect((await h.as('reporter', { url: `/api/v1/assets/${asset.id}` })).json()).toEqual(asset)
    })

    it('a PNG uploads too; the library lists and searches pictures', async () => {
      const png = await sharp(await makePhoto(600, 400, 20))
        .png()
        .toBuffer()
      const res = await upload('editor', [
        { name: 'file', value: png, filename: 'map.png', type: 'image/png' },
      ])
      expect(res.statusCode, res.body).toBe(201)
      expect(res.json()).toMatchObject({ mimeType: 'image/png', caption: '' })
      await upload('reporter', [
        { name: 'file', value: await makePhoto(500, 300, 90), filename: 'a.jpg' },
        { name: 'caption', value: 'Flooded fields near Sylhet' },
      ])
      const all = (await h.as('reporter', { url: '/api/v1/assets?limit=1' })).json()
      expect(all).toMatchObject({ total: 2, limit: 1, offset: 0 })
      expect(all.items[0].caption).toBe('Flooded fields near Sylhet')
      const found = (await h.as('reporter', { url: '/api/v1/assets?q=sylhet' })).json()
      expect(found.items.map((a: { caption: string }) => a.caption)).toEqual(['Flooded fields near Sylhet'])
      expect((await h.as(null, { url: '/api/v1/assets' })).statusCode).toBe(401)
    })

    it('an editor’s edit of a caption or focal point drops the pages showing the picture; bad values are named', async () => {
      const asset = (
        await upload('reporter', [{ name: 'file', value: await makePhoto(400, 300), filename: 'x.jpg' }])
      ).json()
      const url = `/api/v1/assets/${asset.id}`
      // The library's text shows on published pages of every desk: changing it is an editor's call.
      const byReporter = await h.as('reporter', { method: 'PATCH', url, ...json({ caption: 'Mine now' }) })
      expect(byReporter.statusCode).toBe(403)
      const res = await h.as('editor', {
        method: 'PATCH',
        url,
        ...json({ caption: 'New caption', focalX: 0.25, focalY: 1 }),
      })
      expect(res.statusCode, res.body).toBe(200)
      expect(res.json()).toMatchObject({ caption: 'New caption', focalX: 0.25, focalY: 1 })
      expect(changes).toContainEqual({ keys: [`asset:${asset.id}`], reason: 'asset.update' })
      const bad = await h.as('editor', { method: 'PATCH', url, ...json({ focalX: 1.5, width: 3 }) })
      expect(bad.statusCode).toBe(422)
      expect(paths(bad)!.sort()).toEqual(['focalX', 'width'])
      expect((await h.as('reporter', { url })).json().focalX).toBe(0.25)
      expect(
        (await h.as('editor', { method: 'PATCH', url: '/api/v1/assets/999', ...json({ alt: 'x' }) }))
          .statusCode,
      ).toBe(404)
      expect((await h.as(null, { method: 'PATCH', url, ...json({ alt: 'x' }) })).statusCode).toBe(401)
    })

    it('a file that is not an image, a missing file, an unknown field or a cut-off form is refused; nothing is stored', async () => {
      const res = await upload('reporter', [
        {
          name: 'file',
          value: Buffer.from('<html>not a picture</html>'),
          filename: 'x.jpg',
          type: 'image/jpeg',
        },
      ])
      expect(res.statusCode).toBe(422)
      expect(paths(res)).toEqual(['file'])
      const empty = await upload('reporter', [{ name: 'file', value: Buffer.alloc(0), filename: 'x.jpg' }])
      expect(paths(empty)).toEqual(['file'])
      const missing = await upload('reporter', [{ name: 'caption', value: 'No picture' }])
      expect(paths(missing)).toEqual(['file'])
      const unknown = await upload('reporter', [
        { name: 'file', value: await makePhoto(300, 200), filename: 'x.jpg' },
        { name: 'title', value: 'Not a field' },
      ])
      expect(paths(unknown)).toEqual(['title'])
      const whole = multipartForm([{ name: 'file', value: await makePhoto(300, 200), filename: 'x.jpg' }])
      const cutOff = await h.as('reporter', {
        method: 'POST',
        url: '/api/v1/assets',
        headers: whole.headers,
        payload: whole.payload.subarray(0, whole.payload.length - 40),
      })
      expect(cutOff.statusCode).toBe(400)
      expect(cutOff.json().code).toBe('invalid_multipart')
      const asJson = await h.as('reporter', { method: 'POST', url: '/api/v1/assets', ...json({ file: 'x' }) })
      expect(asJson.statusCode).toBe(415)
      expect((await h.as('reporter', { url: '/api/v1/assets' })).json().total).toBe(0)
      expect(storedFiles()).toBe(0)
    })

    it('a file over the upload limit gets 413 body_too_large and nothing is stored', async () => {
      const big = Buffer.alloc(UPLOAD_LIMIT + 1, 0xff)
      const res = await upload('reporter', [
        { name: 'file', value: big, filename: 'huge.jpg', type: 'image/jpeg' },
      ])
      expect(res.statusCode).toBe(413)
      expect(res.json().code).toBe('body_too_large')
      expect((await h.as('reporter', { url: '/api/v1/assets' })).json().total).toBe(0)
      expect(storedFiles()).toBe(0)
    })
  })
})
