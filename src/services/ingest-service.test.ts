import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makePhoto } from '../../test/support/make-photo.ts'
import { testDatabases } from '../../test/support/test-databases.ts'
import { ValidationError } from '../core/errors.ts'
import type { NormalizedItem } from '../core/normalized-item.ts'
import { inProcessEventBus } from '../events/in-process-event-bus.ts'
import { parseWireDocument } from '../ingest/parse-wire-document.ts'
import { fileMediaStorage } from '../media/file-media-storage.ts'
import { resourceFetcher } from '../media/resource-fetcher.ts'
import { sharpImageProcessor } from '../media/sharp-image-processor.ts'
import { openStore } from '../store/open-store.ts'
import { ingestItem, type IngestInput } from './ingest-service.ts'
import type { ServiceDeps } from './service-deps.ts'

const URI = 'urn:dateline-test:wire:char-island-school-2024'
const NOW = '2024-05-16T04:00:00.000Z'

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
    keywords: ['schools', 'rivers', 'schools'],
    bodies: [
      {
        role: 'main',
        contentType: 'text/html',
        value:
          '<p>The boat moors at a different bank each morning so that no child walks more than a kilometre.</p>' +
          '<p>Its deck holds two classrooms and a small library powered by solar panels.</p>',
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
  describe.skipIf(skip)(`ingestItem() on ${db.name}`, () => {
    let options: Awaited<ReturnType<typeof db.create>>
    let deps: ServiceDeps
    let docDir: string

    beforeEach(async () => {
      options = await db.create()
      docDir = mkdtempSync(join(tmpdir(), 'dateline-ingest-doc-'))
      writeFileSync(join(docDir, 'boat.jpg'), await makePhoto(1000, 600))
      deps = {
        store: await openStore(options),
        media: fileMediaStorage(join(options.dataDir, 'media')),
        images: sharpImageProcessor(),
        fetcher: resourceFetcher({ timeoutMs: 2000 }),
        events: inProcessEventBus(),
        clock: { now: () => new Date(NOW) },
        logger: { info() {}, warn() {}, error() {} },
        origin: 'ingest-test',
      }
    })

    afterEach(async () => {
      await deps.store.close()
      await options.cleanup()
      rmSync(docDir, { recursive: true, force: true })
    })

    const parse = (doc: Record<string, unknown>) =>
      parseWireDocument(new TextEncoder().encode(JSON.stringify(doc)), { source: 'story.json' })

    function ingest(doc: Record<string, unknown>, input: Partial<IngestInput> = {}) {
      const { text, items } = parse(doc)
      return ingestItem(deps, { item: items[0]!, raw: text, baseDir: docDir, ...input })
    }

    const changeLog = () => deps.store.changes.since(0, 100)

    it('creates a draft story with its picture and the wire record, changing no cached page', async () => {
      const result = await ingest(story())
      expect(result).toMatchObject({ action: 'created', published: false, warnings: [] })
      const article = await deps.store.articles.get(result.articleId!)
      expect(article).toMatchObject({
        slug: 'floating-school-opens-on-a-river-island',
        headline: 'Floating school opens on a river island',
        status: 'draft',
        firstPublishedAt: null,
        source: { name: 'Delta Wire', kind: 'wire' },
        topics: ['05000000'],
        tags: ['schools', 'rivers'],
        provenance: { uri: URI, version: '2', format: 'ninjs' },
      })
      const lead = await deps.store.assets.get(article!.leadImage!.assetId)
      expect(lead).toMatchObject({
        width: 1000,
        height: 600,
        caption: 'Children board the school boat at dawn.',
      })
      expect(await deps.store.wireItems.get(URI)).toMatchObject({
        version: '2',
        pubStatus: 'usable',
        articleId: article!.id,
        receivedAt: NOW,
      })
      // A draft shows nowhere on the site, so no cached page changes.
      expect(await changeLog()).toEqual([])
    })

    it('publishes with publish: true, first published when the wire first created it', async () => {
      const heard: string[][] = []
      deps.events.subscribe((change) => heard.push(change.keys))
      const result = await ingest(story(), { publish: true })
      expect(result).toMatchObject({ action: 'created', published: true })
      expect(await deps.store.articles.get(result.articleId!)).toMatchObject({
        status: 'published',
        firstPublishedAt: '2024-05-16T03:35:00.000Z',
        updatedAt: '2024-05-16T03:36:55.000Z',
      })
      expect(heard).toEqual([[`article:${result.articleId}`, 'front']])
    })

    it('adds nothing for the same version or a lower one', async () => {
      const first = await ingest(story(), { publish: true })
      const before = await changeLog()
      const same = await ingest(
        story({ headlines: [{ role: 'main', value: 'Changed without a new version' }] }),
      )
      const lower = await ingest(
        story({ version: '1', headlines: [{ role: 'main', value: 'An older headline' }] }),
      )
      for (const result of [same, lower]) {
        expect(result).toMatchObject({ action: 'unchanged', articleId: first.articleId, published: false })
      }
      expect((await deps.store.articles.get(first.articleId!))?.headline).toBe(
        'Floating school opens on a river island',
      )
      expect(await changeLog()).toEqual(before)
      expect((await deps.store.wireItems.get(URI))?.version).toBe('2')
    })

    it("updates the story for a higher version and keeps the story's address", async () => {
      const first = await ingest(story(), { publish: true })
      const update = await ingest(
        story({ version: '10', headlines: [{ role: 'main', value: 'Second school boat joins the first' }] }),
      )
      expect(update).toMatchObject({ action: 'updated', articleId: first.articleId, published: true })
      expect(await deps.store.articles.get(first.articleId!)).toMatchObject({
        slug: 'floating-school-opens-on-a-river-island',
        headline: 'Second school boat joins the first',
        status: 'published',
        provenance: { version: '10' },
      })
      expect((await deps.store.wireItems.get(URI))?.version).toBe('10')
      expect(await deps.store.articles.count()).toBe(1)
    })

    it('withdraws a published story when the wire cancels it, naming the story and the front page', async () => {
      const first = await ingest(story(), { publish: true })
      const canceled = await ingest(story({ version: '3', pubStatus: 'canceled' }))
      expect(canceled).toMatchObject({ action: 'withdrawn', articleId: first.articleId, published: false })
      expect((await deps.store.articles.get(first.articleId!))?.status).toBe('unpublished')
      expect((await deps.store.wireItems.get(URI))?.pubStatus).toBe('canceled')
      const last = (await changeLog()).at(-1)
      expect(last?.keys).toEqual(expect.arrayContaining([`article:${first.articleId}`, 'front']))
      expect(last?.reason).toBe('article.unpublished')
    })

    it('keeps a story embargoed until later as a draft, with a warning', async () => {
      const result = await ingest(story({ embargoedUntil: '2024-05-17T00:00:00Z' }), { publish: true })
      expect(result.published).toBe(false)
      expect(result.warnings).toContainEqual(
        expect.stringMatching(/Not published: embargoed until 2024-05-17/),
      )
      expect((await deps.store.articles.get(result.articleId!))?.status).toBe('draft')
    })

    it('publishes a story whose embargo has passed', async () => {
      const result = await ingest(story({ embargoedUntil: '2024-05-16T03:50:00Z' }), { publish: true })
      expect(result.published).toBe(true)
    })

    it('does not publish an item the agency withholds', async () => {
      const result = await ingest(story({ pubStatus: 'withheld' }), { publish: true })
      expect(result.published).toBe(false)
      expect(result.warnings).toContainEqual(expect.stringMatching(/withheld/))
      expect((await deps.store.articles.get(result.articleId!))?.status).toBe('draft')
    })

    it('creates the named desk once and files every story under it', async () => {
      const a = await ingest(story(), { desk: 'River Desk' })
      const b = await ingest(story({ uri: `${URI}-sequel` }), { desk: 'River Desk' })
      const desks = await deps.store.desks.list()
      expect(desks).toEqual([expect.objectContaining({ name: 'River Desk', slug: 'river-desk' })])
      expect((await deps.store.articles.get(a.articleId!))?.deskId).toBe(desks[0]!.id)
      expect((await deps.store.articles.get(b.articleId!))?.deskId).toBe(desks[0]!.id)
    })

    it('stores the story without a picture that cannot be fetched, with a warning', async () => {
      rmSync(join(docDir, 'boat.jpg'))
      const result = await ingest(story())
      expect(result.action).toBe('created')
      expect(result.warnings).toEqual([expect.stringMatching(/^Picture left out: Cannot fetch boat\.jpg/)])
      const article = await deps.store.articles.get(result.articleId!)
      expect(article?.leadImage).toBeNull()
      expect(article?.headline).toBe('Floating school opens on a river island')
    })

    it('refuses an item without a headline and leaves nothing half-written', async () => {
      const { text, items } = parse(story())
      const item: NormalizedItem = { ...items[0]!, headline: '' }
      const error = await ingestItem(deps, {
        item,
        raw: text,
        baseDir: docDir,
        desk: 'Ghost Desk',
        publish: true,
      }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues.map((i) => i.path)).toContain('headline')
      expect(await deps.store.articles.count()).toBe(0)
      expect(await deps.store.articles.getByProvenanceUri(URI)).toBeNull()
      expect(await deps.store.wireItems.get(URI)).toBeNull()
      expect(await changeLog()).toEqual([])
      expect(await deps.store.desks.getByName('Ghost Desk')).toBeNull()
    })
  })
}
