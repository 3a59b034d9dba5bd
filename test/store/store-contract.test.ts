import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NewArticle, Store } from '../../src/core/ports.ts'
import type { AssetInput } from '../../src/core/asset.ts'
import { openStore, type StoreOptions } from '../../src/store/open-store.ts'
import { blankItem } from '../../src/core/normalized-item.ts'
import { testDatabases } from '../support/test-databases.ts'

function article(overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    slug: 'river-ferries-resume',
    headline: 'River ferries resume after the storm',
    summary: 'Services on three routes are running again.',
    body: [{ type: 'paragraph', content: [{ text: 'Ferries left the ghat at dawn.' }] }],
    deskId: null,
    sectionId: null,
    contributors: [{ kind: 'staff', name: 'Nadia Karim' }],
    source: null,
    leadImage: null,
    dateline: { place: 'BARISHAL' },
    topics: ['17000000'],
    tags: ['ferries'],
    language: 'en',
    status: 'draft',
    provenance: null,
    firstPublishedAt: null,
    updatedAt: null,
    ...overrides,
  }
}

const asset = (sha256: string): AssetInput => ({
  kind: 'image',
  key: `originals/${sha256}.jpg`,
  mimeType: 'image/jpeg',
  width: 1600,
  height: 900,
  bytes: 12345,
  sha256,
  caption: 'Boats at the ghat',
  credit: 'Photo: Desk',
  alt: 'Three boats moored at a river landing',
  source: 'Dateline',
  copyright: '',
  licenseUrl: 'https://paper.example/licence',
  acquireLicenseUrl: '',
  renditionsPending: false,
  focalX: 0.5,
  focalY: 0.4,
  renditions: [{ width: 640, height: 360, format: 'webp', key: 'r/1-640.webp', bytes: 999 }],
})

for (const { db, skip } of testDatabases) {
  describe.skipIf(skip)(`store on ${db.name}`, () => {
    let options: StoreOptions & { cleanup(): Promise<void> }
    let store: Store

    beforeEach(async () => {
      options = await db.create()
      store = await openStore(options)
    })
    afterEach(async () => {
      await store.close()
      await options.cleanup()
    })

    it('migrates an existing database again without harm', async () => {
      await store.settings.set('siteName', 'Kept')
      const again = await openStore(options)
      expect(await again.settings.all()).toEqual({ siteName: 'Kept' })
      await again.close()
    })

    it('settings.set() inserts, then replaces a value', async () => {
      await store.settings.set('timeZone', 'Asia/Dhaka')
      await store.settings.set('timeZone', 'Europe/London')
      expect(await store.settings.all()).toEqual({ timeZone: 'Europe/London' })
    })

    it('keeps sections in navigation order and finds them by slug', async () => {
      await store.sections.create({ name: 'Sport', slug: 'sport', position: 2 })
      const world = await store.sections.create({ name: 'World', slug: 'world', position: 1 })
      expect((await store.sections.list()).map((s) => s.slug)).toEqual(['world', 'sport'])
      expect(await store.sections.getBySlug('world')).toEqual(world)
      expect(await store.sections.getBySlug('nowhere')).toBeNull()
    })

    it('refuses a second section with the same slug', async () => {
      await store.sections.create({ name: 'World', slug: 'world', position: 1 })
      await expect(store.sections.create({ name: 'World 2', slug: 'world', position: 2 })).rejects.toThrow()
    })

    it('creates desks with a default section and finds them by name', async () => {
      const world = await store.sections.create({ name: 'World', slug: 'world', position: 1 })
      const desk = await store.desks.create({
        name: 'International Desk',
        slug: 'international',
        defaultSectionId: world.id,
      })
      expect(await store.desks.getByName('International Desk')).toEqual(desk)
      expect(desk.defaultSectionId).toBe(world.id)
      expect(await store.desks.get(desk.id + 100)).toBeNull()
    })

    it('stores assets with their renditions and finds them by hash', async () => {
      const a = await store.assets.create(asset('aaa'), '2024-05-16T03:35:00Z')
      const b = await store.assets.create(asset('bbb'), '2024-05-16T03:35:00Z')
      expect(a.renditions[0]).toEqual({
        width: 640,
        height: 360,
        format: 'webp',
        key: 'r/1-640.webp',
        bytes: 999,
      })
      expect(a.focalY).toBeCloseTo(0.4)
      expect((await store.assets.getBySha256('bbb'))?.id).toBe(b.id)
      expect((await store.assets.getMany([b.id, a.id])).map((x) => x.id).sort()).toEqual([a.id, b.id].sort())
      expect(await store.assets.getMany([])).toEqual([])
      await expect(store.assets.create(asset('aaa'), '2024-05-16T03:35:00Z')).rejects.toThrow()
      expect(a.licenseUrl).toBe('https://paper.example/licence')
      expect(a.acquireLicenseUrl).toBe('')
    })

    it('lists pictures with renditions still to make, and replaces their renditions', async () => {
      const done = await store.assets.create(asset('ccc'), '2024-05-16T03:35:00Z')
      const pending = await store.assets.create(
        { ...asset('ddd'), renditionsPending: true },
        '2024-05-16T03:35:00Z',
      )
      expect((await store.assets.listPendingRenditions(10)).map((x) => x.id)).toEqual([pending.id])
      const avif = { width: 640, height: 360, format: 'avif' as const, key: 'r/1-640.avif', bytes: 500 }
      const crop = { ...avif, format: 'jpeg' as const, crop: '16x9' as const, key: 'r/16x9-640.jpg' }
      const updated = await store.assets.update(pending.id, {
        renditions: [...pending.renditions, avif, crop],
        renditionsPending: false,
        acquireLicenseUrl: 'https://paper.example/buy',
      })
      expect(updated.renditions.slice(-2)).toEqual([avif, crop])
      expect(updated).toMatchObject({
        renditionsPending: false,
        acquireLicenseUrl: 'https://paper.example/buy',
      })
      expect(await store.assets.listPendingRenditions(10)).toEqual([])
      expect((await store.assets.get(done.id))?.renditionsPending).toBe(false)
    })

    it('keeps presence: one row per story and person, refreshed, listed by freshness, pruned', async () => {
      const a = await store.articles.create(article(), '2024-05-16T03:00:00Z')
      const user = (name: string) =>
        store.users.create({
          email: `${name}@example.com`,
          name,
          role: 'editor',
          passwordHash: 'x',
          mustChangePassword: false,
          deskIds: [],
        })
      const [rina, omar] = [await user('Rina'), await user('Omar')]
      await store.presence.upsert({
        articleId: a.id,
        userId: rina.id,
        editing: true,
        at: '2024-05-16T04:00:00Z',
      })
      await store.presence.upsert({
        articleId: a.id,
        userId: omar.id,
        editing: false,
        at: '2024-05-16T04:00:05Z',
      })
      await store.presence.upsert({
        articleId: a.id,
        userId: rina.id,
        editing: true,
        at: '2024-05-16T04:00:20Z',
      })
      const all = await store.presence.list([a.id], '2024-05-16T03:59:00Z')
      expect(all.map((p) => [p.userName, p.editing, p.openedAt, p.seenAt])).toEqual([
        ['Rina', true, '2024-05-16T04:00:00.000Z', '2024-05-16T04:00:20.000Z'],
        ['Omar', false, '2024-05-16T04:00:05.000Z', '2024-05-16T04:00:05.000Z'],
      ])
      expect((await store.presence.list([a.id], '2024-05-16T04:00:10Z')).map((p) => p.userName)).toEqual([
        'Rina',
      ])
      await store.presence.releaseEditing(a.id, omar.id)
      expect((await store.presence.list([a.id], '2024-05-16T03:59:00Z')).every((p) => !p.editing)).toBe(true)
      await store.presence.prune('2024-05-16T04:00:10Z')
      await store.presence.remove(a.id, rina.id)
      expect(await store.presence.list([a.id], '2024-05-16T00:00:00Z')).toEqual([])
    })

    it('round-trips an article, times as UTC instants', async () => {
      const created = await store.articles.create(
        article({
          status: 'published',
          firstPublishedAt: '2024-05-16T09:35:00+06:00',
          updatedAt: '2024-05-16T09:36:55+06:00',
        }),
        '2024-05-16T03:40:00.000Z',
      )
      const read = await store.articles.get(created.id)
      expect(read).toEqual(created)
      expect(read?.firstPublishedAt).toBe('2024-05-16T03:35:00.000Z')
      expect(read?.updatedAt).toBe('2024-05-16T03:36:55.000Z')
      expect(read?.modifiedAt).toBe('2024-05-16T03:40:00.000Z')
      expect(read?.body).toEqual(article().body)
      expect(read?.contributors).toEqual([{ kind: 'staff', name: 'Nadia Karim' }])
    })

    it('update() changes only the fields it is given and moves modifiedAt', async () => {
      const a = await store.articles.create(article(), '2024-05-16T03:40:00Z')
      const b = await store.articles.update(a.id, { headline: 'Ferries run again' }, '2024-05-16T04:00:00Z')
      expect(b.headline).toBe('Ferries run again')
      expect(b.summary).toBe(a.summary)
      expect(b.modifiedAt).toBe('2024-05-16T04:00:00.000Z')
      expect(b.createdAt).toBe(a.createdAt)
      await expect(
        store.articles.update(a.id + 999, { headline: 'x' }, '2024-05-16T04:00:00Z'),
      ).rejects.toThrow(/not found/)
    })

    it('finds a story by its wire uri, and allows only one story per uri', async () => {
      const provenance = { uri: 'urn:wire:1', version: '2', format: 'ninjs' }
      const a = await store.articles.create(article({ provenance }), '2024-05-16T03:40:00Z')
      expect((await store.articles.getByProvenanceUri('urn:wire:1'))?.id).toBe(a.id)
      expect(await store.articles.getByProvenanceUri('urn:wire:2')).toBeNull()
      await expect(store.articles.create(article({ provenance }), '2024-05-16T03:40:00Z')).rejects.toThrow()
    })

    it('lists published stories newest first, by section, with keyset paging', async () => {
      const world = await store.sections.create({ name: 'World', slug: 'world', position: 1 })
      const same = '2024-05-16T03:00:00.000Z'
      const ids: number[] = []
      for (let i = 0; i < 5; i++) {
        const a = await store.articles.create(
          article({
            slug: `story-${i}`,
            status: 'published',
            sectionId: i % 2 === 0 ? world.id : null,
            firstPublishedAt: i < 3 ? same : `2024-05-16T0${i + 1}:00:00Z`,
          }),
          '2024-05-16T06:00:00Z',
        )
        ids.push(a.id)
      }
      await store.articles.create(article({ slug: 'draft', status: 'draft' }), '2024-05-16T06:00:00Z')

      const all = await store.articles.listPublished({ limit: 10 })
      // 4 and 3 are newest; 0, 1, 2 share a time and fall back to id, highest first.
      expect(all.map((a) => a.id)).toEqual([ids[4], ids[3], ids[2], ids[1], ids[0]])
      expect(all[0]).not.toHaveProperty('body')

      const page1 = await store.articles.listPublished({ limit: 2 })
      const last = page1.at(-1)!
      const page2 = await store.articles.listPublished({
        limit: 2,
        after: { firstPublishedAt: last.firstPublishedAt!, id: last.id },
      })
      const page3Cursor = page2.at(-1)!
      const page3 = await store.articles.listPublished({
        limit: 2,
        after: { firstPublishedAt: page3Cursor.firstPublishedAt!, id: page3Cursor.id },
      })
      expect([...page1, ...page2, ...page3].map((a) => a.id)).toEqual(all.map((a) => a.id))

      const inWorld = await store.articles.listPublished({ sectionId: world.id, limit: 10 })
      expect(inWorld.map((a) => a.id)).toEqual([ids[4], ids[2], ids[0]])
      expect(await store.articles.countPublished()).toBe(5)
      expect(await store.articles.countPublished({ sectionId: world.id })).toBe(3)
      expect(await store.articles.count()).toBe(6)
    })

    it('walks published stories by id in batches, finds the id at a position, and filters by first publication', async () => {
      const ids: number[] = []
      for (let i = 0; i < 7; i++) {
        const status = i === 3 ? 'draft' : 'published'
        const a = await store.articles.create(
          article({
            slug: `s-${i}`,
            status,
            firstPublishedAt: status === 'published' ? `2024-05-1${i}T00:00:00Z` : null,
          }),
          '2024-05-20T00:00:00Z',
        )
        if (status === 'published') ids.push(a.id)
      }
      const first = await store.articles.listPublishedById({ afterId: 0, limit: 4 })
      const rest = await store.articles.listPublishedById({ afterId: first.at(-1)!.id, limit: 4 })
      expect([...first, ...rest].map((a) => a.id)).toEqual(ids)
      expect(
        (await store.articles.listPublishedById({ afterId: 0, limit: 10, untilId: ids[1] })).map((a) => a.id),
      ).toEqual(ids.slice(0, 2))
      expect(await store.articles.publishedIdAt(0)).toBe(ids[0])
      expect(await store.articles.publishedIdAt(5)).toBe(ids[5])
      expect(await store.articles.publishedIdAt(6)).toBeNull()
      const recent = await store.articles.listPublished({ limit: 10, since: '2024-05-15T00:00:00Z' })
      expect(recent.map((a) => a.id)).toEqual([ids[5], ids[4]])
      const many = await store.articles.getMany([ids[0]!, ids[2]!, 9999])
      expect(many.map((a) => a.id).sort()).toEqual([ids[0], ids[2]].sort())
      expect(many[0]?.body).toEqual(article().body)
    })

    it('keeps one wire item per uri with every version, and lists the queue newest first', async () => {
      const normalized = (headline: string) => ({ ...blankItem('ninjs', '3.1', 'urn:wire:9'), headline })
      const write = (version: string, pubStatus: string, headline: string) => ({
        uri: 'urn:wire:9',
        version,
        versionCreated: '2024-05-16T09:00:00+06:00',
        format: 'ninjs',
        pubStatus,
        status: (pubStatus === 'canceled' ? 'canceled' : 'queued') as 'queued' | 'canceled',
        sourceId: null,
        deskId: null,
        stageId: null,
        articleId: null,
        headline,
        urgency: 3,
        language: 'en',
        provider: 'Delta Wire',
        embargoedUntil: null,
        documentId: null,
        normalized: normalized(headline),
      })
      const first = await store.wireItems.save(write('1', 'usable', 'Ferries resume'), '2024-05-16T03:01:00Z')
      await store.wireItems.addVersion({
        itemId: first.id,
        version: '1',
        versionCreated: null,
        pubStatus: 'usable',
        normalized: normalized('Ferries resume'),
        documentId: null,
        receivedAt: '2024-05-16T03:01:00Z',
      })
      const second = await store.wireItems.save(
        write('2', 'canceled', 'Ferries resume (killed)'),
        '2024-05-16T04:01:00Z',
      )
      await store.wireItems.addVersion({
        itemId: first.id,
        version: '2',
        versionCreated: null,
        pubStatus: 'canceled',
        normalized: normalized('Ferries resume (killed)'),
        documentId: null,
        receivedAt: '2024-05-16T04:01:00Z',
      })
      expect(second.id).toBe(first.id)
      expect(second).toMatchObject({
        version: '2',
        status: 'canceled',
        receivedAt: '2024-05-16T03:01:00.000Z',
        updatedAt: '2024-05-16T04:01:00.000Z',
      })
      expect((await store.wireItems.get('urn:wire:9'))?.normalized.headline).toBe('Ferries resume (killed)')
      expect((await store.wireItems.versions(first.id)).map((v) => v.version)).toEqual(['2', '1'])
      expect((await store.wireItems.getVersion(first.id, '1'))?.headline).toBe('Ferries resume')
      const other = await store.wireItems.save(
        { ...write('1', 'usable', 'Port strike ends'), uri: 'urn:wire:10', urgency: 1 },
        '2024-05-16T05:00:00Z',
      )
      const queue = await store.wireItems.list({ limit: 10, offset: 0 })
      expect(queue.items.map((i) => i.id)).toEqual([other.id, first.id])
      expect(
        (await store.wireItems.list({ maxUrgency: 2, limit: 10, offset: 0 })).items.map((i) => i.id),
      ).toEqual([other.id])
      expect((await store.wireItems.list({ text: 'STRIKE', limit: 10, offset: 0 })).total).toBe(1)
      expect(
        (await store.wireItems.list({ status: 'canceled', limit: 10, offset: 0 })).items.map((i) => i.id),
      ).toEqual([first.id])
    })

    it('logs every received document and claims a source’s poll only once', async () => {
      const source = await store.sources.create(
        {
          name: 'Delta Wire',
          format: 'auto',
          kind: 'url',
          url: 'https://wire.example/feed',
          dir: null,
          intervalSeconds: 60,
          deskId: null,
          autoPublish: false,
          enabled: true,
          tokenHash: 'h1',
        },
        '2024-05-16T03:00:00Z',
      )
      expect(source.state.nextPollAt).toBe('2024-05-16T03:00:00.000Z')
      expect((await store.sources.due('2024-05-16T03:00:00Z')).map((s) => s.id)).toEqual([source.id])
      expect(await store.sources.claim(source.id, source.state.nextPollAt, '2024-05-16T03:01:00Z')).toBe(true)
      expect(await store.sources.claim(source.id, source.state.nextPollAt, '2024-05-16T03:01:00Z')).toBe(
        false,
      )
      expect(await store.sources.due('2024-05-16T03:00:30Z')).toEqual([])
      expect((await store.sources.getByTokenHash('h1'))?.name).toBe('Delta Wire')

      const id = await store.wireDocuments.create({
        sourceId: source.id,
        origin: 'https://wire.example/feed',
        receivedAt: '2024-05-16T03:00:05Z',
        raw: '<rss/>',
      })
      await store.wireDocuments.finish(id, {
        format: 'rss',
        status: 'failed',
        error: 'Not well-formed',
        errorLine: 3,
        outcomes: [],
      })
      expect(await store.wireDocuments.get(id)).toMatchObject({
        status: 'failed',
        errorLine: 3,
        raw: '<rss/>',
        format: 'rss',
      })
      expect(await store.wireDocuments.countSince(source.id, '2024-05-16T00:00:00Z')).toBe(1)
      expect(await store.wireDocuments.countSince(source.id, '2024-05-16T04:00:00Z')).toBe(0)

      const rule = await store.routingRules.create(
        {
          sourceId: source.id,
          position: 1,
          name: 'Sport',
          match: { subjects: ['15000000'], maxUrgency: 4 },
          deskId: null,
          stageId: null,
          publish: false,
        },
        '2024-05-16T03:00:00Z',
      )
      expect((await store.routingRules.list())[0]).toEqual(rule)
      await store.sources.delete(source.id)
      expect(await store.routingRules.list()).toEqual([])
    })

    it('logs changes in order, reads them after a sequence number, and prunes old ones', async () => {
      await store.changes.append(
        { keys: ['article:1', 'front'], reason: 'publish' },
        'node-a',
        '2024-05-16T03:00:00Z',
      )
      await store.changes.append({ keys: ['article:2'], reason: 'update' }, 'node-b', '2024-05-16T05:00:00Z')
      const all = await store.changes.since(0, 10)
      expect(all.map((c) => c.keys)).toEqual([['article:1', 'front'], ['article:2']])
      expect(all[1]?.origin).toBe('node-b')
      expect(await store.changes.since(all[0]!.seq, 10)).toHaveLength(1)
      expect(await store.changes.latestSeq()).toBe(all[1]!.seq)
      await store.changes.prune('2024-05-16T04:00:00Z')
      expect((await store.changes.since(0, 10)).map((c) => c.reason)).toEqual(['update'])
    })

    it('a failed transaction leaves nothing behind', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.sections.create({ name: 'World', slug: 'world', position: 1 })
          await tx.articles.create(article(), '2024-05-16T03:40:00Z')
          throw new Error('boom')
        }),
      ).rejects.toThrow('boom')
      expect(await store.sections.list()).toEqual([])
      expect(await store.articles.count()).toBe(0)
    })
  })
}
