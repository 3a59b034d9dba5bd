import { DomUtils, parseDocument } from 'htmlparser2'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, ORIGIN, type Harness } from '../support/api-harness.ts'
import { makePhoto } from '../support/make-photo.ts'
import { multipartForm } from '../support/multipart-form.ts'
import { storyApi } from '../support/story-api.ts'

type Json = Record<string, unknown> & { [key: string]: any } // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every JSON-LD block of a page, parsed (a block that is not JSON fails the test here). */
const jsonLd = (html: string): Json[] =>
  DomUtils.findAll(
    (e) => e.name === 'script' && e.attribs.type === 'application/ld+json',
    parseDocument(html).children,
  ).map((e) => JSON.parse(DomUtils.textContent(e)) as Json)

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/

describe('structured data (schema.org JSON-LD)', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T04:00:00Z' })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  it('describes a story as a NewsArticle with pictures, authors, publisher, dateline, corrections and breadcrumbs', async () => {
    const form = await multipartForm([
      { name: 'file', value: await makePhoto(1800, 1200), filename: 'ghat.jpg', type: 'image/jpeg' },
    ])
    const picture = (await h.as('reporter', { method: 'POST', url: '/api/v1/assets', ...form })).json()
    await api.send('editor', 'PATCH', `/api/v1/assets/${picture.id}`, {
      licenseUrl: 'https://paper.example/photo-licence',
      acquireLicenseUrl: 'https://paper.example/buy',
    })
    await h.ctx.deps.store.settings.set('siteName', 'The Harbour Daily')
    const s = await api.create('chief', {
      headline: 'Ferries resume after the storm',
      summary: 'Services restart at dawn.',
      dateline: { place: 'BARISAL', country: 'Bangladesh' },
      contributors: [
        { kind: 'staff', name: 'Rina Das' },
        { kind: 'agency', name: 'Delta Wire' },
      ],
      tags: ['Ferries', 'Weather'],
      leadImage: {
        assetId: picture.id,
        caption: 'A ferry at the ghat',
        credit: 'Photo: Delta Wire',
        alt: 'A ferry',
      },
    })
    const live = (await api.transition('chief', s.id, 'publish', s.version)).json()
    const corrected = await api.transition('chief', s.id, 'correct', live.version, {
      note: 'An earlier version gave the wrong day.',
    })
    expect(corrected.statusCode, corrected.body).toBe(200)
    const path = new URL(live.url).pathname
    const blocks = jsonLd((await h.app.inject({ url: path })).body)
    expect(blocks.map((b) => b['@type'])).toEqual(['NewsArticle', 'BreadcrumbList'])
    const [article, crumbs] = blocks as [Json, Json]

    expect(article['@context']).toBe('https://schema.org')
    expect(article).toMatchObject({
      headline: 'Ferries resume after the storm',
      description: 'Services restart at dawn.',
      url: `${ORIGIN}${path}`,
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${ORIGIN}${path}` },
      dateline: 'BARISAL',
      isAccessibleForFree: true,
      articleSection: 'World',
      keywords: 'Ferries, Weather',
    })
    expect(article.datePublished).toMatch(RFC3339)
    expect(article.datePublished.endsWith('+06:00')).toBe(true)
    expect(article.dateModified).toMatch(RFC3339)
    expect(article.author).toEqual([
      { '@type': 'Person', name: 'Rina Das' },
      { '@type': 'Organization', name: 'Delta Wire' },
    ])
    expect(article.publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'The Harbour Daily',
      logo: { '@type': 'ImageObject', url: `${ORIGIN}/logo.png` },
    })
    expect((await h.app.inject({ url: '/logo.png' })).headers['content-type']).toBe('image/png')
    expect(article.correction).toEqual([
      expect.objectContaining({
        '@type': 'CorrectionComment',
        text: 'An earlier version gave the wrong day.',
      }),
    ])

    // The three shapes Google asks for, each cut around the focal point, each with the picture's rights.
    expect(article.image).toHaveLength(3)
    const ratios = (article.image as Json[]).map((i) => Math.round((i.width / i.height) * 100) / 100)
    expect(ratios).toEqual([1.78, 1.33, 1])
    for (const image of article.image as Json[]) {
      expect(image).toMatchObject({
        '@type': 'ImageObject',
        caption: 'A ferry at the ghat',
        creditText: 'Photo: Delta Wire',
        license: 'https://paper.example/photo-licence',
        acquireLicensePage: 'https://paper.example/buy',
      })
      expect(image.width * image.height).toBeGreaterThanOrEqual(50_000)
      expect(image.contentUrl).toBe(image.url)
      const file = await h.app.inject({ url: new URL(image.url).pathname })
      expect(file.statusCode, image.url).toBe(200)
      expect(file.headers['content-type']).toBe('image/jpeg')
    }

    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'The Harbour Daily', item: `${ORIGIN}/` },
      { '@type': 'ListItem', position: 2, name: 'World', item: `${ORIGIN}/world` },
      { '@type': 'ListItem', position: 3, name: 'Ferries resume after the storm', item: `${ORIGIN}${path}` },
    ])
  })

  it('gives the front page a WebSite and its publisher, and list pages their breadcrumbs', async () => {
    const s = await api.create('chief', { headline: 'Tide tables out', tags: ['Tides'] })
    await api.transition('chief', s.id, 'publish', s.version)
    const front = jsonLd((await h.app.inject({ url: '/' })).body)
    expect(front.map((b) => b['@type'])).toEqual(['WebSite', 'NewsMediaOrganization'])
    expect(front[0]).toMatchObject({ url: `${ORIGIN}/` })
    for (const [url, last] of [
      ['/world', 'World'],
      ['/tag/tides', 'Tides'],
    ] as const) {
      const [crumbs] = jsonLd((await h.app.inject({ url })).body)
      expect(crumbs!['@type'], url).toBe('BreadcrumbList')
      expect(crumbs!.itemListElement.at(-1), url).toMatchObject({ name: last, item: `${ORIGIN}${url}` })
    }
  })
})
