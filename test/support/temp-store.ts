import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { NewArticle, Store } from '../../src/core/ports.ts'
import type { Asset } from '../../src/core/asset.ts'
import { openStore } from '../../src/store/open-store.ts'

/** A fresh SQLite store in a temporary folder, for tests of code above the store. */
export async function tempStore(): Promise<{ store: Store; dataDir: string; cleanup(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dateline-unit-'))
  const store = await openStore({ dataDir })
  return {
    store,
    dataDir,
    cleanup: async () => {
      await store.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** An asset row with renditions, without image files: enough for rendering pages. */
export function fakeAsset(store: Store, name: string): Promise<Asset> {
  const renditions = [400, 800].flatMap((width) =>
    (['webp', 'jpeg'] as const).map((format) => ({
      width,
      height: width / 2,
      format,
      key: `r/${name}/${width}.${format === 'jpeg' ? 'jpg' : format}`,
      bytes: 1000,
    })),
  )
  return store.assets.create(
    {
      kind: 'image',
      key: `originals/${name}.jpg`,
      mimeType: 'image/jpeg',
      width: 800,
      height: 400,
      bytes: 5000,
      sha256: name,
      caption: `Caption of ${name}`,
      credit: 'Photo: Test',
      alt: `Alt of ${name}`,
      source: 'Test',
      copyright: '',
      licenseUrl: '',
      acquireLicenseUrl: '',
      focalX: 0.5,
      focalY: 0.5,
      renditions,
      renditionsPending: false,
    },
    '2024-05-16T00:00:00Z',
  )
}

export function storyValues(overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    slug: 'a-story',
    headline: 'A story',
    summary: 'What happened.',
    body: [{ type: 'paragraph', content: [{ text: 'It happened today.' }] }],
    deskId: null,
    sectionId: null,
    contributors: [],
    source: null,
    leadImage: null,
    dateline: null,
    topics: [],
    tags: [],
    language: 'en',
    status: 'published',
    provenance: null,
    firstPublishedAt: '2024-05-16T03:35:00Z',
    updatedAt: '2024-05-16T03:36:55Z',
    ...overrides,
  }
}
