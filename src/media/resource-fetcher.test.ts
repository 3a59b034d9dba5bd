import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FetchError, resourceFetcher } from './resource-fetcher.ts'

const PHOTO = Buffer.from('pretend jpeg bytes')

describe('resourceFetcher() with local paths', () => {
  let root: string
  let base: string
  const fetcher = resourceFetcher()
  const fetchLocal = (href: string) => fetcher.fetch(href, { baseDir: base })

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'dateline-fetch-'))
    base = join(root, 'wire')
    mkdirSync(join(base, 'pictures'), { recursive: true })
    mkdirSync(join(root, 'private'))
    writeFileSync(join(base, 'photo.jpg'), PHOTO)
    writeFileSync(join(base, 'pictures', 'river bank.jpg'), PHOTO)
    writeFileSync(join(root, 'private', 'secret.txt'), 'not for the wire')
    writeFileSync(join(root, 'wire-sibling.txt'), 'a folder whose name starts like the base')
    symlinkSync(join(root, 'private', 'secret.txt'), join(base, 'innocent.jpg'))
    symlinkSync(join(root, 'private'), join(base, 'linked-folder'))
  })

  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it("reads a path inside the document's folder, percent-escapes decoded", async () => {
    expect(await fetchLocal('photo.jpg')).toEqual({ bytes: PHOTO, mimeType: undefined })
    expect((await fetchLocal('pictures/river%20bank.jpg')).bytes).toEqual(PHOTO)
    expect((await fetchLocal('./pictures/../photo.jpg')).bytes).toEqual(PHOTO)
  })

  it('reads an absolute path or file: URL that stays inside the folder', async () => {
    expect((await fetchLocal(join(base, 'photo.jpg'))).bytes).toEqual(PHOTO)
    expect((await fetchLocal(pathToFileURL(join(base, 'photo.jpg')).href)).bytes).toEqual(PHOTO)
  })

  it('refuses a ../ path that leaves the folder', async () => {
    await expect(fetchLocal('../private/secret.txt')).rejects.toThrow(/outside the document's folder/)
    await expect(fetchLocal('..%2fprivate%2fsecret.txt')).rejects.toBeInstanceOf(FetchError)
    await expect(fetchLocal('../wire-sibling.txt')).rejects.toThrow(/outside the document's folder/)
  })

  it('refuses an absolute path outside the folder', async () => {
    await expect(fetchLocal(join(root, 'private', 'secret.txt'))).rejects.toThrow(
      /outside the document's folder/,
    )
    await expect(fetchLocal('/etc/passwd')).rejects.toBeInstanceOf(FetchError)
  })

  it('refuses a file: URL outside the folder', async () => {
    const href = pathToFileURL(join(root, 'private', 'secret.txt')).href
    await expect(fetchLocal(href)).rejects.toThrow(/outside the document's folder/)
  })

  it('refuses a symlink inside the folder that points outside it', async () => {
    await expect(fetchLocal('innocent.jpg')).rejects.toThrow(/outside the document's folder/)
    await expect(fetchLocal('linked-folder/secret.txt')).rejects.toThrow(/outside the document's folder/)
  })

  it('says so for a missing file, a folder, and a path without a document folder', async () => {
    await expect(fetchLocal('nowhere.jpg')).rejects.toThrow(/Cannot fetch nowhere\.jpg: no such file/)
    await expect(fetchLocal('pictures')).rejects.toThrow(/not a file/)
    await expect(fetcher.fetch('photo.jpg', {})).rejects.toThrow(/needs the folder of the document/)
  })

  it('refuses a local file over maxBytes', async () => {
    const small = resourceFetcher({ maxBytes: 4 })
    await expect(small.fetch('photo.jpg', { baseDir: base })).rejects.toThrow(/larger than 4 bytes/)
  })

  it('refuses schemes other than http(s) and file', async () => {
    for (const href of [
      'ftp://files.example/photo.jpg',
      'data:image/png;base64,iVBORw0KGgo=',
      'javascript:alert(1)',
    ]) {
      const error = await fetchLocal(href).catch((e: unknown) => e)
      expect(error, href).toBeInstanceOf(FetchError)
      expect((error as FetchError).code).toBe('fetch_failed')
      expect((error as FetchError).message).toMatch(/only http\(s\) URLs and local paths are fetched/)
    }
  })
})

describe('resourceFetcher() over http', () => {
  let server: Server
  let origin: string

  beforeAll(async () => {
    server = createServer((req, res) => {
      switch (req.url) {
        case '/photo.jpg':
          res.writeHead(200, { 'content-type': 'image/jpeg; charset=binary', 'content-length': PHOTO.length })
          return res.end(PHOTO)
        case '/declared-big':
          res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': 5000 })
          return res.end(Buffer.alloc(5000))
        case '/streamed-big':
          // Chunked: no content-length, so the size is only known while reading.
          res.writeHead(200, { 'content-type': 'image/jpeg' })
          for (let i = 0; i < 10; i++) res.write(Buffer.alloc(500))
          return res.end()
        case '/slow-headers':
          return void setTimeout(() => res.end(PHOTO), 2000)
        case '/slow-body':
          res.writeHead(200, { 'content-type': 'image/jpeg' })
          res.write(PHOTO)
          return void setTimeout(() => res.end(PHOTO), 2000)
        default:
          res.writeHead(404, { 'content-type': 'text/plain' })
          return res.end('not here')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('fetches the bytes and the media type, without its parameters', async () => {
    expect(await resourceFetcher().fetch(`${origin}/photo.jpg`, {})).toEqual({
      bytes: PHOTO,
      mimeType: 'image/jpeg',
    })
  })

  it('refuses a response whose content-length is over maxBytes', async () => {
    const fetcher = resourceFetcher({ maxBytes: 1000 })
    await expect(fetcher.fetch(`${origin}/declared-big`, {})).rejects.toThrow(/larger than 1000 bytes/)
  })

  it('refuses a response without content-length once it grows over maxBytes', async () => {
    const fetcher = resourceFetcher({ maxBytes: 1000 })
    const error = await fetcher.fetch(`${origin}/streamed-big`, {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchError)
    expect((error as Error).message).toMatch(/larger than 1000 bytes/)
  })

  it('gives up on a server that is slow to answer, after timeoutMs', async () => {
    const started = Date.now()
    const error = await resourceFetcher({ timeoutMs: 200 })
      .fetch(`${origin}/slow-headers`, {})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchError)
    expect((error as Error).message).toMatch(/timed out/)
    expect(Date.now() - started).toBeLessThan(1500)
  })

  it('gives up with a FetchError on a server that stalls in the middle of the body', async () => {
    const error = await resourceFetcher({ timeoutMs: 200 })
      .fetch(`${origin}/slow-body`, {})
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchError)
    expect((error as Error).message).toMatch(/timed out/)
  })

  it('names the HTTP status of a failed response', async () => {
    await expect(resourceFetcher().fetch(`${origin}/gone.jpg`, {})).rejects.toThrow(
      `Cannot fetch ${origin}/gone.jpg: HTTP 404`,
    )
  })

  it('reports a server that cannot be reached as a FetchError', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    await expect(resourceFetcher().fetch(`http://127.0.0.1:${port}/x.jpg`, {})).rejects.toBeInstanceOf(
      FetchError,
    )
  })
})
