import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { encodeEntry } from './encoded-entry.ts'

describe('encodeEntry()', () => {
  it('gives the same page, the same ETag and headers, whether compressed for size or for speed', async () => {
    const html = `<!doctype html><title>Search</title>${'<p>Ferries on the river, with a snippet.</p>'.repeat(200)}`
    const options = { commonHeaders: { 'x-test': '1' }, cacheControl: 'public, max-age=60' }
    const best = await encodeEntry({ status: 200, html, keys: ['front'] }, options, 0)
    const fast = await encodeEntry({ status: 200, html, keys: ['front'], fastCompression: true }, options, 0)
    for (const entry of [best, fast]) {
      expect(brotliDecompressSync(entry.variants.br.body).toString()).toBe(html)
      expect(gunzipSync(entry.variants.gzip.body).toString()).toBe(html)
    }
    expect(fast.variants.identity.headers).toEqual(best.variants.identity.headers)
    expect(fast.variants.br.headers.etag).toBe(best.variants.br.headers.etag)
  })
})
