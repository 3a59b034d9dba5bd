import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeEntry, type CacheEntry } from './encoded-entry.ts'
import { serveEntry } from './serve-entry.ts'

function get(port: number, headers: Record<string, string>) {
  return new Promise<{
    status: number
    headers: Record<string, string | string[] | undefined>
    body: Buffer
  }>((resolve, reject) => {
    request({ port, host: '127.0.0.1', headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
      .on('error', reject)
      .end()
  })
}

describe('serveEntry()', () => {
  let server: Server
  let port: number
  let entry: CacheEntry

  beforeAll(async () => {
    entry = await encodeEntry(
      { status: 200, html: '<p>' + 'news '.repeat(400) + '</p>', keys: ['front'] },
      { commonHeaders: { 'x-frame-options': 'SAMEORIGIN' }, cacheControl: 'public, max-age=60' },
      0,
    )
    server = createServer((req, res) => serveEntry(entry, req, res))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  it('picks brotli, then gzip, then identity, honouring q=0', async () => {
    expect((await get(port, { 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding']).toBe(
      'br',
    )
    expect((await get(port, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip')
    expect((await get(port, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip')
    const plain = await get(port, {})
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toContain('news news')
    expect(plain.headers['x-frame-options']).toBe('SAMEORIGIN')
  })

  it('answers 304 to a client that has this content in any encoding, and 200 to one with other content', async () => {
    const br = await get(port, { 'accept-encoding': 'br' })
    const etag = br.headers.etag as string
    const again = await get(port, { 'accept-encoding': 'gzip', 'if-none-match': etag })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
    expect(again.headers['cache-control']).toBe('public, max-age=60')
    expect((await get(port, { 'if-none-match': `W/${etag}` })).status).toBe(304)
    expect((await get(port, { 'if-none-match': '"other", ' + etag })).status).toBe(304)
    expect((await get(port, { 'if-none-match': '"other"' })).status).toBe(200)
  })
})
