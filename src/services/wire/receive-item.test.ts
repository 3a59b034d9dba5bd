import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makePhoto } from '../../../test/support/make-photo.ts'
import { testDatabases } from '../../../test/support/test-databases.ts'
import { inProcessEventBus } from '../../events/in-process-event-bus.ts'
import { parseWireDocument } from '../../ingest/parse-wire-document.ts'
import { fileMediaStorage } from '../../media/file-media-storage.ts'
import { resourceFetcher } from '../../media/resource-fetcher.ts'
import { sharpImageProcessor } from '../../media/sharp-image-processor.ts'
import { openStore } from '../../store/open-store.ts'
import { publishDueStories } from '../newsroom/newsroom-jobs.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { fetchToDesk } from './fetch-to-desk.ts'
import { receiveDocument } from './receive-document.ts'

const URI = 'urn:dateline-test:wire:char-island-school-2024'

/** An invented ninjs 3.x story (original text): a school opens on a river island. */
function story(overrides: Record<string, unknown> = {}) {
  return {
    uri: URI,
    type: 'text',
    version: '2',
    firstCreated: '2024-05-16T03:35:00Z',
    versionCreated: '2024-05-16T03:36:55Z',
    pubStatus: 'usable',
    language: 'en',
    headlines: [{ role: 'main', value: 'Floating school opens on a river island' }],
    descriptions: [{ role: 'summary', value: 'Forty children start lessons on a converted cargo boat.' }],
    by: 'Anika Chowdhury',
    located: 'KURIGRAM',
    copyrightHolder: 'Delta Wire',
    subjects: [{ name: 'education', uri: 'http://cv.iptc.org/newscodes/mediatopic/05000000' }],
    bodies: [
      {
        role: 'main',
        contentType: 'text/html',
        value: '<p>The boat moors at a different bank each morning.</p><p>Its deck holds two classrooms.</p>',
      },
    ],
    associations: [
      {
        name: 'picture1',
        uri: `${URI}:photo`,
        type: 'picture',
        descriptions: [{ role: 'caption', value: 'Children board the school boat at dawn.' }],
        by: 'Delta Wire photo',
        renditions: [
          { name: 'original', href: 'boat.jpg', contentType: 'image/jpeg', width: 1000, height: 600 },
        ],
      },
    ],
    ...overrides,
  }
}

for (const { db, skip } of testDatabases) {
  describe.skipIf(skip)(`receiving wire items on ${db.name}`, () => {
    let options: Awaited<ReturnType<typeof db.create>>
    let deps: ServiceDeps
    let docDir: string
    let now = new Date('2024-05-16T04:00:00Z')

    beforeEach(async () => {
      now = new Date('2024-05-16T04:00:00Z')
      options = await db.create()
      docDir = mkdtempSync(join(tmpdir(), 'dateline-wire-doc-'))
      writeFileSync(join(docDir, 'boat.jpg'), await makePhoto(1000, 600))
      deps = {
        store: await openStore(options),
        media: fileMediaStorage(join(options.dataDir, 'media')),
        images: sharpImageProcessor(),
        fetcher: resourceFetcher({ timeoutMs: 2000 }),
        parseWire: parseWireDocument,
        events: inProcessEventBus(),
        changes: inProcessEventBus(),
        clock: { now: () => now },
        logger: { info() {}, warn() {}, error() {} },
        origin: 'wire-test',
      }
    })
    afterEach(async () => {
      await deps.store.close()
      await options.cleanup()
      rmSync(docDir, { recursive: true, force: true })
    })

    const receive = (doc: Record<string, unknown>, extra: { publish?: boolean; deskName?: string } = {}) =>
      receiveDocument(deps, {
        bytes: new TextEncoder().encode(JSON.stringify(doc)),
        origin: 'story.json',
        baseDir: docDir,
        ...extra,
      })
    const one = async (doc: Record<string, unknown>, extra: { publish?: boolean; deskName?: string } = {}) =>
      (await receive(doc, extra)).items[0]!
    const changeLog = () => deps.store.changes.since(0, 100)

    it('queues a new item for its desk, with its picture stored, and makes no story', async () => {
      const r = await one(story(), { deskName: 'International Desk' })
      expect(r).toMatchObject({ outcome: 'new', articleId: null, published: false, warnings: [] })
      const item = (await deps.store.wireItems.get(URI))!
      const desk = (await deps.store.desks.getByName('International Desk'))!
      expect(item).toMatchObject({
        status: 'queued',
        deskId: desk.id,
        version: '2',
        headline: 'Floating school opens on a river island',
      })
      expect(item.normalized.leadImage?.assetId).toBeGreaterThan(0)
      expect(await deps.store.articles.count()).toBe(0)
      // Nothing readers see changed; only the desk's queue, for open newsroom screens.
      expect((await changeLog()).map((c) => c.keys)).toEqual([[`newsroom:ingest:${desk.id}`]])
      const doc = (await deps.store.wireDocuments.get(item.documentId!))!
      expect(doc).toMatchObject({
        origin: 'story.json',
        status: 'ingested',
        format: 'ninjs',
        outcomes: [{ uri: URI, version: '2', outcome: 'new' }],
      })
      expect(JSON.parse(doc.raw).uri).toBe(URI)
    })

    it('keeps the same or an older version out, and logs it', async () => {
      await one(story())
      expect((await one(story())).outcome).toBe('duplicate')
      expect((await one(story({ version: '1', headlines: [{ value: 'Older' }] }))).outcome).toBe('older')
      expect((await deps.store.wireItems.get(URI))!.headline).toBe('Floating school opens on a river island')
      expect((await deps.store.wireItems.versions((await deps.store.wireItems.get(URI))!.id)).length).toBe(1)
      const docs = await deps.store.wireDocuments.list({ limit: 10, offset: 0 })
      expect(docs.map((d) => d.outcomes[0]?.outcome)).toEqual(['older', 'duplicate', 'new'])
    })

    it('publishes directly with the wire’s times, follows a higher version, and withdraws on cancel', async () => {
      const first = await one(story(), { publish: true })
      expect(first).toMatchObject({ outcome: 'new', published: true })
      const published = (await deps.store.articles.get(first.articleId!))!
      expect(published).toMatchObject({
        status: 'published',
        state: 'published',
        firstPublishedAt: '2024-05-16T03:35:00.000Z',
        updatedAt: '2024-05-16T03:36:55.000Z',
        provenance: { uri: URI, version: '2', format: 'ninjs', mode: 'direct' },
        source: { name: 'Delta Wire', kind: 'wire' },
      })
      expect(published.leadImage).toMatchObject({
        caption: 'Children board the school boat at dawn.',
        credit: 'Delta Wire photo',
      })

      now = new Date('2024-05-16T06:00:00Z')
      const v3 = await one(
        story({
          version: '3',
          versionCreated: '2024-05-16T05:00:00Z',
          headlines: [{ value: 'Second school boat joins the first' }],
        }),
      )
      expect(v3).toMatchObject({ outcome: 'updated', articleId: first.articleId, published: true })
      const updated = (await deps.store.articles.get(first.articleId!))!
      expect(updated).toMatchObject({
        headline: 'Second school boat joins the first',
        slug: published.slug,
        updatedAt: '2024-05-16T05:00:00.000Z',
      })
      expect(updated.firstPublishedAt).toBe(published.firstPublishedAt)

      const killed = await one(story({ version: '4', pubStatus: 'canceled' }))
      expect(killed.outcome).toBe('canceled')
      expect((await deps.store.articles.get(first.articleId!))!.status).toBe('unpublished')
      expect((await deps.store.wireItems.get(URI))!.status).toBe('canceled')
      const last = (await changeLog()).at(-1)!
      expect(last.keys).toEqual(expect.arrayContaining([`article:${first.articleId}`, 'front']))
    })

    it('holds a withheld item: no story, and a directly published one goes off the site until released', async () => {
      expect(await one(story({ pubStatus: 'withheld' }), { publish: true })).toMatchObject({
        outcome: 'withheld',
        articleId: null,
      })
      expect(await deps.store.articles.count()).toBe(0)
      const released = await one(story({ version: '3' }), { publish: true })
      expect(released.published).toBe(true)
      await one(story({ version: '4', pubStatus: 'withheld' }))
      expect((await deps.store.articles.get(released.articleId!))!.status).toBe('unpublished')
      await one(story({ version: '5' }))
      expect((await deps.store.articles.get(released.articleId!))!.status).toBe('published')
    })

    it('keeps an embargo: a direct item waits, scheduled for the embargo’s end', async () => {
      const r = await one(story({ embargoedUntil: '2024-05-16T06:00:00Z' }), { publish: true })
      expect(r.published).toBe(false)
      const waiting = (await deps.store.articles.get(r.articleId!))!
      expect(waiting).toMatchObject({
        status: 'draft',
        state: 'scheduled',
        scheduledAt: '2024-05-16T06:00:00.000Z',
        embargoedUntil: '2024-05-16T06:00:00.000Z',
      })
      expect(await publishDueStories(deps)).toEqual([])
      now = new Date('2024-05-16T06:00:01Z')
      expect(await publishDueStories(deps)).toEqual([r.articleId])
    })

    it('flags a fetched story when the wire updates or kills it, and leaves the desk’s text alone', async () => {
      const { user } = await import('../accounts/users.ts').then((m) =>
        m.createUser(
          deps,
          { email: 'ed@example.com', name: 'Ed', role: 'chief', deskIds: [] },
          { password: 'long enough pass', byUserId: null, ip: null },
        ),
      )
      const chief = { userId: user.id, role: 'chief' as const, deskIds: [] }
      await one(story(), { deskName: 'International Desk' })
      const item = (await deps.store.wireItems.get(URI))!
      const fetched = await fetchToDesk(deps, chief, item.id, { deskId: item.deskId! }, { ip: null })
      expect(fetched).toMatchObject({ status: 'draft', provenance: { mode: 'fetched', version: '2' } })

      await one(story({ version: '3', headlines: [{ value: 'A new headline from the wire' }] }))
      const flagged = (await deps.store.articles.get(fetched.id))!
      expect(flagged.headline).toBe('Floating school opens on a river island')
      expect(flagged.wireUpdate).toMatchObject({ kind: 'update', version: '3', itemId: item.id })

      await one(story({ version: '4', pubStatus: 'canceled' }))
      expect((await deps.store.articles.get(fetched.id))!.wireUpdate).toMatchObject({
        kind: 'canceled',
        version: '4',
      })
      expect((await deps.store.wireItems.get(URI))!.status).toBe('canceled')
    })

    it('refuses an item that cannot become a story, naming the field, and leaves nothing half-written', async () => {
      const r = await one(story({ headlines: [{ value: '' }], title: '' }), {
        publish: true,
        deskName: 'Ghost Desk',
      })
      expect(r.outcome).toBe('failed')
      expect(r.detail).toMatch(/headline/)
      expect(await deps.store.articles.count()).toBe(0)
      expect(await deps.store.wireItems.get(URI)).toBeNull()
      expect(await deps.store.desks.getByName('Ghost Desk')).toBeNull()
      expect(await changeLog()).toEqual([])
    })

    it('records a document it cannot read, with its error, and goes on', async () => {
      const bad = await receiveDocument(deps, {
        bytes: new TextEncoder().encode('{"uri": "x", "versionCreated": "soon"}'),
        origin: 'bad.json',
      })
      expect(bad.error?.message).toMatch(/versionCreated/)
      const logged = (await deps.store.wireDocuments.get(bad.documentId))!
      expect(logged).toMatchObject({ status: 'failed', errorField: 'versionCreated' })
      expect((await one(story())).outcome).toBe('new')
    })

    it('a picture that cannot be had is a warning; the item still goes in', async () => {
      const r = await one(
        story({
          associations: [
            {
              name: 'p',
              uri: 'urn:p',
              type: 'picture',
              renditions: [{ name: 'x', href: 'missing.jpg', contentType: 'image/jpeg' }],
            },
          ],
        }),
        { publish: true },
      )
      expect(r.published).toBe(true)
      expect(r.warnings.join(' ')).toMatch(/Picture left out/)
    })

    it('routes by rule: a subject sends the item to a desk, and a trusted rule publishes it', async () => {
      const desk = await deps.store.desks.create({
        name: 'Education Desk',
        slug: 'education-desk',
        defaultSectionId: null,
      })
      await deps.store.routingRules.create(
        {
          sourceId: null,
          position: 1,
          name: 'Schools',
          match: { subjects: ['05000000'] },
          deskId: desk.id,
          stageId: null,
          publish: true,
        },
        now.toISOString(),
      )
      const r = await one(story())
      expect(r.published).toBe(true)
      expect((await deps.store.articles.get(r.articleId!))!.deskId).toBe(desk.id)
    })
  })
}
