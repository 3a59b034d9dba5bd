import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { receiveDocument } from '../../src/services/wire/receive-document.ts'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { runCli } from '../support/run-cli.ts'

const fixtures = join(import.meta.dirname, '../../../shared/fixtures/wire')
const testdata = (folder: string, file: string) =>
  join(import.meta.dirname, '../../src/ingest', folder, 'testdata', file)
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/

/** The real documents Dateline must read, by folder; the broken ones on purpose are listed apart. */
const BROKEN = new Set([
  'physorg-rss-2.0-malformed-ampersand.xml',
  'iptc-newsmlg2-listing24-newsmessage-skeleton.xml',
])

describe.skipIf(!existsSync(fixtures))('ingest --dry-run --json on every real wire document', () => {
  for (const folder of ['ninjs', 'newsml-g2', 'newsml-1', 'nitf', 'rss', 'atom']) {
    it(`understands ${folder}`, async () => {
      const files = readdirSync(join(fixtures, folder)).filter((f) => !BROKEN.has(f))
      const run = await runCli([
        'ingest',
        '--dry-run',
        '--json',
        ...files.map((f) => join(fixtures, folder, f)),
      ])
      expect(run.code, run.stderr).toBe(0)
      const items = run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(items.length).toBeGreaterThanOrEqual(files.length)
      for (const item of items) {
        expect(item.uri, JSON.stringify(item).slice(0, 200)).toBeTruthy()
        expect(item.headline).toBeTruthy()
        if (item.versionCreated) expect(item.versionCreated).toMatch(ISO_WITH_OFFSET)
        expect(Array.isArray(item.body)).toBe(true)
      }
    })
  }

  it('reports the broken ones by file and line, and still reads the good ones after them', async () => {
    const bad = join(fixtures, 'rss', 'physorg-rss-2.0-malformed-ampersand.xml')
    const good = join(fixtures, 'atom', 'tpm-all-news-atom-1.0.xml')
    const run = await runCli(['ingest', '--dry-run', '--json', bad, good])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/FAILED .*physorg.*Not well-formed XML.*\(line \d+\)/)
    expect(run.stdout.trim().split('\n').length).toBe(20)
  })
})

describe('wire sequences through the desk, per format', () => {
  let h: Harness
  beforeEach(async () => {
    h = await apiHarness({ now: '2030-01-01T00:00:00Z' })
  })
  afterEach(() => h.close())

  const receive = (path: string, extra: { publish?: boolean } = {}) =>
    receiveDocument(h.ctx.deps, {
      bytes: readFileSync(path),
      origin: path.split('/').at(-1)!,
      deskName: 'International Desk',
      ...extra,
    })

  it('NewsML-G2: a version, its correction, its kill; the same document twice is a duplicate', async () => {
    const v1 = (await receive(testdata('newsml', 'story-v1.xml'), { publish: true })).items[0]!
    expect(v1).toMatchObject({ outcome: 'new', published: true })
    expect((await receive(testdata('newsml', 'story-v1.xml'))).items[0]!.outcome).toBe('duplicate')
    const v2 = (await receive(testdata('newsml', 'story-v2-correction.xml'))).items[0]!
    expect(v2).toMatchObject({ outcome: 'updated', articleId: v1.articleId, published: true })
    const v3 = (await receive(testdata('newsml', 'story-v3-canceled.xml'))).items[0]!
    expect(v3.outcome).toBe('canceled')
    expect((await h.ctx.deps.store.articles.get(v1.articleId!))!.status).toBe('unpublished')
    expect((await h.ctx.deps.store.wireItems.versions(v1.itemId!)).map((v) => v.pubStatus)).toEqual([
      'canceled',
      'usable',
      'usable',
    ])
  })

  it('NewsML-G2: an embargoed item is kept from readers until its time; a withheld one is held', async () => {
    const embargoed = (await receive(testdata('newsml', 'embargoed-future.xml'), { publish: true })).items[0]!
    const story = (await h.ctx.deps.store.articles.get(embargoed.articleId!))!
    expect(story.status).not.toBe('published')
    expect(story.embargoedUntil).not.toBeNull()
    const held = (await receive(testdata('newsml', 'withheld.xml'), { publish: true })).items[0]!
    expect(held).toMatchObject({ outcome: 'withheld', articleId: null })
  })

  it('RSS and Atom: a feed polled twice stores each item once', async () => {
    for (const file of [testdata('feed', 'rss-full.xml'), testdata('feed', 'atom-full.xml')]) {
      const first = await receive(file)
      const again = await receive(file)
      expect(first.items.every((i) => i.outcome === 'new')).toBe(true)
      expect(again.items.every((i) => i.outcome === 'duplicate')).toBe(true)
    }
  })

  it('hostile documents of every XML format are refused and logged, and the next document still goes in', async () => {
    for (const [folder, file] of [
      ['newsml', 'billion-laughs.xml'],
      ['newsml', 'external-entity.xml'],
      ['nitf', 'billion-laughs.xml'],
      ['nitf', 'external-entity.xml'],
      ['feed', 'rss-billion-laughs.xml'],
      ['feed', 'atom-external-entity.xml'],
      ['feed', 'rss-truncated.xml'],
      ['nitf', 'truncated.xml'],
    ] as const) {
      const result = await receive(testdata(folder, file))
      expect(result.error?.message, `${folder}/${file}`).toMatch(/Refused|Not well-formed/)
      expect((await h.ctx.deps.store.wireDocuments.get(result.documentId))!.status).toBe('failed')
    }
    expect((await receive(testdata('nitf', 'ferry-full.xml'))).items[0]!.outcome).toBe('new')
  })
})
