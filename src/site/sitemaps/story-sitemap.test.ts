import { XMLParser } from 'fast-xml-parser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../core/ports.ts'
import { defaultSettings } from '../../core/settings.ts'
import { storyValues, tempStore } from '../../../test/support/temp-store.ts'
import { storySitemap } from './story-sitemap.ts'

describe('storySitemap()', () => {
  let store: Store
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ store, cleanup } = await tempStore()))
  afterEach(() => cleanup())

  it('writes a batch of stories at a time, so memory does not grow with the number of stories', async () => {
    await store.transaction(async (tx) => {
      for (let i = 0; i < 2100; i++) {
        await tx.articles.create(storyValues({ slug: `story-${i}` }), '2024-05-16T04:00:00Z')
      }
    })
    const chunks: string[] = []
    const sitemap = storySitemap(store, {
      settings: defaultSettings,
      sections: [],
      range: { afterId: 0 },
      limit: 50_000,
    })
    for await (const chunk of sitemap) chunks.push(chunk)
    // The head, three batches (1000, 1000, 100), the tail.
    expect(chunks).toHaveLength(5)
    expect(chunks.map((c) => (c.match(/<url>/g) ?? []).length)).toEqual([0, 1000, 1000, 100, 0])
    const doc = new XMLParser().parse(chunks.join(''))
    expect(doc.urlset.url).toHaveLength(2100)
    expect(doc.urlset.url[0]).toEqual({
      loc: 'http://localhost:3000/news/1/story-0',
      lastmod: '2024-05-16T04:00:00.000Z',
    })
  })

  it('stops at its range and its limit', async () => {
    await store.transaction(async (tx) => {
      for (let i = 0; i < 10; i++)
        await tx.articles.create(storyValues({ slug: `s-${i}` }), '2024-05-16T04:00:00Z')
    })
    let xml = ''
    for await (const c of storySitemap(store, {
      settings: defaultSettings,
      sections: [],
      range: { afterId: 2, untilId: 8 },
      limit: 4,
    })) {
      xml += c
    }
    expect([...xml.matchAll(/<loc>[^<]*\/news\/(\d+)\//g)].map((m) => Number(m[1]))).toEqual([3, 4, 5, 6])
  })
})
