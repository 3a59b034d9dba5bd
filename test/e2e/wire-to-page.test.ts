import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { parseDocument, DomUtils } from 'htmlparser2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openAppContext, startSite, type AppContext, type RunningSite } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { formatDateBar } from '../../src/core/time-format.ts'
import { makePhoto } from '../support/make-photo.ts'
import { runCli } from '../support/run-cli.ts'
import { sampleNinjs } from '../support/sample-ninjs.ts'

const RIGHTS = 'Copyright © Harbour Test Daily. All rights reserved.'

describe('a ninjs story with a picture becomes the article page, end to end', () => {
  let dir: string
  let ctx: AppContext
  let site: RunningSite
  let articleUrl: string

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, site.url), { headers, redirect: 'manual' })

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-e2e-'))
    const data = join(dir, 'data')
    writeFileSync(join(dir, 'harbour.jpg'), await makePhoto())
    writeFileSync(join(dir, 'story.json'), JSON.stringify(sampleNinjs()))

    for (const [key, value] of [
      ['siteName', 'Harbour Test Daily'],
      ['siteUrl', 'https://news.example.com'],
      ['timeZone', 'Asia/Dhaka'],
      ['zoneLabel', 'BDST'],
      ['rightsNotice', RIGHTS],
    ]) {
      const set = await runCli(['--data', data, 'settings', 'set', key!, value!])
      expect(set.code, set.stderr).toBe(0)
    }
    const ingest = await runCli([
      '--data',
      data,
      'ingest',
      join(dir, 'story.json'),
      '--desk',
      'International Desk',
      '--publish',
    ])
    expect(ingest.code, ingest.stderr).toBe(0)
    expect(ingest.stderr).toMatch(/new story \d+ \(published\)/)

    ctx = await openAppContext(loadConfig({ data, port: 0, host: '127.0.0.1' }))
    site = await startSite(ctx)
    const front = await (await get('/')).text()
    const link = /href="(\/news\/\d+\/harbour-city-switches-on-its-tidal-lights)"/.exec(front)
    expect(link, 'the front page links to the story').not.toBeNull()
    articleUrl = link![1]!
  }, 120_000)

  afterAll(async () => {
    await site?.close()
    await ctx?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('shows every element of the page, in order', async () => {
    const res = await get(articleUrl)
    expect(res.status).toBe(200)
    const html = await res.text()
    const doc = parseDocument(html)
    const text = DomUtils.textContent(doc).replace(/\s+/g, ' ')

    const expected = [
      formatDateBar(new Date(), 'Asia/Dhaka'), // 1. today's date in the site's zone
      'Harbour city switches on its tidal lights', // 2. the headline
      'International Desk | Mira Solberg', // 3. desk and byline
      'Update: 2024-05-16 09:36:55', // 4. updated time in the site's zone
      'Lights along the promenade in Port Avel at dusk.', // 5. the lead photo's caption …
      'photo collected', // … and credit
      'PORT AVEL — Port Avel lit its seafront', // 6. the body, led by the dateline
      '“We wanted the harbour to power its own lights,” said the city’s engineer',
      'How the turbine works',
      'Source: CNN', // 7. the source
      'BDST: 0935 HRS, MAY 16, 2024', // 8. first publication in the site's zone, with its label
      RIGHTS, // 9. the rights notice
    ]
    let at = -1
    for (const piece of expected) {
      const found = text.indexOf(piece, at + 1)
      expect(found, `"${piece}" appears after the previous element`).toBeGreaterThan(at)
      at = found
    }

    const h1 = DomUtils.findAll((e) => e.name === 'h1', doc.children)
    expect(h1).toHaveLength(1)
    expect(DomUtils.textContent(h1[0]!)).toBe('Harbour city switches on its tidal lights')
    const h2 = DomUtils.findAll((e) => e.name === 'h2', doc.children).map((e) => DomUtils.textContent(e))
    expect(h2).toContain('How the turbine works')
    expect(html).toContain('<strong>rising</strong>')
    expect(html).toContain('<em>falling</em>')
  })

  it('leaves out the wire’s script, event handlers and javascript: links', async () => {
    const html = await (await get(articleUrl)).text()
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    expect(html).not.toContain('wire script')
    expect(html).not.toContain('onclick')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('Residents can follow the output online.')
  })

  it('carries the lead photo with width, height and a srcset of renditions that exist', async () => {
    const doc = parseDocument(await (await get(articleUrl)).text())
    const figure = DomUtils.findOne(
      (e) => e.name === 'figure' && /lead-figure/.test(e.attribs.class ?? ''),
      doc.children,
    )!
    const img = DomUtils.findOne((e) => e.name === 'img', [figure])!
    expect(Number(img.attribs.width)).toBeGreaterThan(0)
    expect(Number(img.attribs.height)).toBeGreaterThan(0)
    const widths = img.attribs.srcset!.split(',').map((c) => c.trim().split(' ')[1])
    expect(widths).toEqual(['400w', '600w', '800w', '1200w', '1600w'])
    const webp = DomUtils.findOne((e) => e.name === 'source', [figure])!
    expect(webp.attribs.type).toBe('image/webp')
    const first = webp.attribs.srcset!.split(' ')[0]!
    const image = await get(first)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/webp')
    expect(image.headers.get('cache-control')).toMatch(/immutable/)
    expect(DomUtils.textContent(DomUtils.findOne((e) => e.name === 'figcaption', [figure])!)).toContain(
      'photo collected',
    )
  })

  it('has the head a newspaper page needs: lang, title, description, canonical, Open Graph, NewsArticle', async () => {
    const doc = parseDocument(await (await get(articleUrl)).text())
    const html = DomUtils.findOne((e) => e.name === 'html', doc.children)!
    expect(html.attribs.lang).toBe('en')
    const meta = (attr: string, value: string) =>
      DomUtils.findOne((e) => e.name === 'meta' && e.attribs[attr] === value, doc.children)?.attribs.content
    expect(DomUtils.textContent(DomUtils.findOne((e) => e.name === 'title', doc.children)!)).toBe(
      'Harbour city switches on its tidal lights | Harbour Test Daily',
    )
    expect(meta('name', 'description')).toBe(
      'A coastal city begins lighting its promenade with power drawn from the tide.',
    )
    const canonical = DomUtils.findOne(
      (e) => e.name === 'link' && e.attribs.rel === 'canonical',
      doc.children,
    )
    expect(canonical?.attribs.href).toBe(`https://news.example.com${articleUrl}`)
    expect(meta('property', 'og:type')).toBe('article')
    expect(meta('property', 'og:url')).toBe(`https://news.example.com${articleUrl}`)
    expect(meta('property', 'og:image')).toMatch(/^https:\/\/news\.example\.com\/media\/r\/.+\.jpg$/)
    expect(meta('property', 'article:published_time')).toBe('2024-05-16T09:35:00+06:00')
    expect(meta('property', 'article:modified_time')).toBe('2024-05-16T09:36:55+06:00')

    const ld = DomUtils.findOne(
      (e) => e.name === 'script' && e.attribs.type === 'application/ld+json',
      doc.children,
    )!
    const data = JSON.parse(DomUtils.textContent(ld))
    expect(data['@type']).toBe('NewsArticle')
    expect(data.headline).toBe('Harbour city switches on its tidal lights')
    expect(data.datePublished).toBe('2024-05-16T09:35:00+06:00')
    expect(data.dateModified).toBe('2024-05-16T09:36:55+06:00')
    expect(data.author).toEqual([{ '@type': 'Person', name: 'Mira Solberg' }])
    expect(data.publisher).toMatchObject({ name: 'Harbour Test Daily', logo: { '@type': 'ImageObject' } })
    expect(data.image[0]).toMatchObject({ '@type': 'ImageObject', creditText: 'photo collected' })
    expect(data.image[0].url).toMatch(/^https:\/\/news\.example\.com\//)
  })

  it('serves from the cache with ETag, 304, brotli and gzip', async () => {
    const first = await get(articleUrl, { 'accept-encoding': 'br' })
    expect(first.headers.get('content-encoding')).toBe('br')
    const etag = first.headers.get('etag')!
    const raw = Buffer.from(await first.arrayBuffer())
    // fetch() decodes brotli itself; the bytes are the page either way.
    expect(
      raw.toString('utf8').startsWith('<!doctype html>') ||
        brotliDecompressSync(raw).toString().startsWith('<!doctype html>'),
    ).toBe(true)
    const again = await get(articleUrl, { 'accept-encoding': 'br', 'if-none-match': etag })
    expect(again.status).toBe(304)
    const gzip = await get(articleUrl, { 'accept-encoding': 'gzip' })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(gzip.headers.get('vary')).toBe('Accept-Encoding')
    expect(gzip.headers.get('surrogate-key')).toMatch(/article:\d+/)
  })

  it('redirects an old or partial address to the story’s address', async () => {
    const id = articleUrl.split('/')[2]
    const wrongSlug = await get(`/news/${id}/old-headline`)
    expect(wrongSlug.status).toBe(301)
    expect(wrongSlug.headers.get('location')).toBe(articleUrl)
    const noSlug = await get(`/news/${id}`)
    expect(noSlug.status).toBe(301)
    expect((await get(`/news/${Number(id) + 1000}/x`)).status).toBe(404)
  })

  it('follows the wire: a higher version updates the page, the same version adds nothing, a kill removes it', async () => {
    const { deps } = ctx
    const { receiveDocument } = await import('../../src/services/wire/receive-document.ts')
    const ingest = async (doc: object) => {
      const received = await receiveDocument(deps, {
        bytes: Buffer.from(JSON.stringify(doc)),
        origin: 'update.json',
        baseDir: dir,
      })
      return { action: received.items[0]!.outcome }
    }

    await get(articleUrl) // cached
    const v2 = sampleNinjs({
      version: '2',
      versionCreated: '2024-05-16T05:00:00Z',
      headlines: [{ role: 'main', value: 'Harbour city switches on its tidal lights for good' }],
    })
    expect((await ingest(v2)).action).toBe('updated')
    const updated = (await (await get(articleUrl)).text()).replace(/<[^>]+>/g, '')
    expect(updated).toContain('Harbour city switches on its tidal lights for good')
    expect(updated).toContain('Update: 2024-05-16 11:00:00')
    expect(updated).toContain('BDST: 0935 HRS, MAY 16, 2024') // first publication does not move

    expect((await ingest(sampleNinjs({ version: '2', headlines: [{ value: 'Ignored' }] }))).action).toBe(
      'duplicate',
    )
    expect((await ingest(sampleNinjs({ version: '1', headlines: [{ value: 'Older' }] }))).action).toBe(
      'older',
    )
    expect(await (await get(articleUrl)).text()).not.toContain('Ignored')

    expect((await ingest(sampleNinjs({ version: '3', pubStatus: 'canceled' }))).action).toBe('canceled')
    expect((await get(articleUrl)).status).toBe(410)
    expect(await (await get('/')).text()).not.toContain('tidal lights')
  })
})
