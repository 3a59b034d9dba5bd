import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { RenderCache } from './render-cache.ts'
import type { RenderedPage } from './rendered-page.ts'

const options = { maxBytes: 10_000_000, commonHeaders: { 'x-test': '1' }, cacheControl: 'public, max-age=60' }

function page(html: string, keys: string[], extra: Partial<RenderedPage> = {}): RenderedPage {
  return { status: 200, html, keys, ...extra }
}

describe('RenderCache', () => {
  it('renders once and serves the same bytes after', async () => {
    const cache = new RenderCache(options)
    let renders = 0
    const render = async () => page(`<p>hello ${++renders}</p>`, ['article:1'])
    const first = await cache.get('/a', render)
    const second = await cache.get('/a', render)
    expect(renders).toBe(1)
    expect(second).toBe(first)
    expect(first?.variants.identity.body.toString()).toBe('<p>hello 1</p>')
    expect(cache.stats()).toMatchObject({ entries: 1, hits: 1, misses: 1 })
  })

  it('keeps brotli and gzip representations that decode to the page', async () => {
    const cache = new RenderCache(options)
    const html = '<p>' + 'Dhaka river ferry '.repeat(200) + '</p>'
    const entry = (await cache.get('/a', async () => page(html, ['front'])))!
    expect(brotliDecompressSync(entry.variants.br.body).toString()).toBe(html)
    expect(gunzipSync(entry.variants.gzip.body).toString()).toBe(html)
    expect(entry.variants.br.headers['content-encoding']).toBe('br')
    expect(entry.variants.br.headers['content-length']).toBe(String(entry.variants.br.body.length))
    expect(entry.variants.identity.headers['surrogate-key']).toBe('front')
    expect(entry.variants.identity.headers['x-test']).toBe('1')
    expect(entry.variants.br.body.length).toBeLessThan(html.length / 5)
  })

  it('drops exactly the pages that show an invalidated key', async () => {
    const cache = new RenderCache(options)
    await cache.get('/story-1', async () => page('1', ['article:1', 'section:2']))
    await cache.get('/story-2', async () => page('2', ['article:2', 'section:2']))
    await cache.get('/front', async () => page('f', ['front', 'article:1']))
    await cache.get('/other', async () => page('o', ['section:3']))

    expect(cache.invalidate(['article:1']).sort()).toEqual(['/front', '/story-1'])
    expect(cache.has('/story-2')).toBe(true)
    expect(cache.has('/other')).toBe(true)
    expect(cache.invalidate(['section:2'])).toEqual(['/story-2'])
    expect(cache.stats().entries).toBe(1)
  })

  it('shares one render between concurrent misses on the same URL', async () => {
    const cache = new RenderCache(options)
    let renders = 0
    const render = async () => {
      renders++
      await new Promise((r) => setTimeout(r, 20))
      return page('x', ['front'])
    }
    const [a, b, c] = await Promise.all([
      cache.get('/f', render),
      cache.get('/f', render),
      cache.get('/f', render),
    ])
    expect(renders).toBe(1)
    expect(a).toBe(b)
    expect(b).toBe(c)
  })

  it('serves but does not keep a render that raced with an invalidation of its keys', async () => {
    const cache = new RenderCache(options)
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const pending = cache.get('/story', async () => {
      await gate
      return page('old text', ['article:1'])
    })
    cache.invalidate(['article:1']) // an edit lands while the old text is being rendered
    release()
    const entry = await pending
    expect(entry?.variants.identity.body.toString()).toBe('old text')
    expect(cache.has('/story')).toBe(false)
  })

  it('does not cache what the render did not find', async () => {
    const cache = new RenderCache(options)
    expect(await cache.get('/missing', async () => null)).toBeNull()
    expect(cache.stats().entries).toBe(0)
  })

  it('renders again once an entry has expired', async () => {
    let now = 1_000
    const cache = new RenderCache({ ...options, now: () => now })
    let renders = 0
    const render = async () => page(`v${++renders}`, ['front'], { expiresAt: 2_000 })
    await cache.get('/', render)
    now = 1_999
    await cache.get('/', render)
    expect(renders).toBe(1)
    now = 2_000
    const entry = await cache.get('/', render)
    expect(renders).toBe(2)
    expect(entry?.variants.identity.body.toString()).toBe('v2')
  })

  it('evicts the least recently read pages when over its memory budget', async () => {
    let now = 0
    const cache = new RenderCache({ ...options, maxBytes: 2_500, now: () => ++now })
    const big = (n: number) => page('x'.repeat(1_000) + n, [`article:${n}`])
    await cache.get('/1', async () => big(1))
    await cache.get('/2', async () => big(2))
    await cache.get('/1', async () => big(1)) // read /1 again: /2 is now the oldest
    await cache.get('/3', async () => big(3))
    expect(cache.has('/1')).toBe(true)
    expect(cache.has('/2')).toBe(false)
    expect(cache.stats().bytes).toBeLessThanOrEqual(2_500)
  })
})
