import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'
import { makePhoto } from '../support/make-photo.ts'
import { multipartForm } from '../support/multipart-form.ts'
import { storyValues } from '../support/temp-store.ts'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'dc:creator', 'category', 'author'].includes(name),
})
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

/** Fetches an XML document, checks it is well-formed, and parses it. */
async function xml(h: Harness, url: string) {
  const res = await h.app.inject({ url })
  expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200)
  expect(XMLValidator.validate(res.body), url).toBe(true)
  return { res, doc: parser.parse(res.body) }
}

describe('feeds and sitemaps', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T03:00:00Z', sitemapSize: 3 })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  const publish = async (fields: Record<string, unknown> = {}) => {
    const s = await api.create('reporter', {
      contributors: [
        { kind: 'staff', name: 'Rumana Akter' },
        { kind: 'agency', name: 'Bay Wire Service' },
      ],
      tags: ['coast'],
      ...fields,
    })
    const live = await api.transition('editor', s.id, 'publish', s.version)
    expect(live.statusCode, live.body).toBe(200)
    return live.json()
  }

  it('RSS 2.0: full content, bylines, RFC 822 dates, stable guids', async () => {
    const story = await publish({
      body: [
        {
          type: 'paragraph',
          content: [{ text: 'Gauges ', bold: true }, { text: 'report ]]> every ten minutes.' }],
        },
      ],
    })
    const { res, doc } = await xml(h, '/feed.xml')
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8')
    const channel = doc.rss.channel
    expect(doc.rss['@version']).toBe('2.0')
    expect(channel).toMatchObject({ title: 'The Dateline', link: 'http://localhost:3000/', language: 'en' })
    expect(channel['atom:link']['@href']).toBe('http://localhost:3000/feed.xml')
    const [item] = channel.item
    expect(item.title).toBe('Tide gauges go live along the coast')
    expect(item.link).toBe(story.url)
    expect(item.guid).toMatchObject({
      '#text': `tag:localhost,2024-05-16:article/${story.id}`,
      '@isPermaLink': 'false',
    })
    expect(item.pubDate).toMatch(RFC822)
    expect(item.pubDate).toBe('Thu, 16 May 2024 09:00:00 +0600')
    expect(item['dc:creator']).toEqual(['Rumana Akter', 'Bay Wire Service'])
    expect(item['content:encoded']).toContain('<strong>Gauges </strong>report ]]> every ten minutes.')
    expect(item.category).toEqual(['World', 'coast'])
  })

  it('Atom: ids that stay across updates, published and updated with offsets', async () => {
    const story = await publish()
    const before = (await xml(h, '/atom.xml')).doc.feed
    expect(before['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(before.id).toBe('http://localhost:3000/atom.xml')
    expect(before.updated).toMatch(RFC3339)
    const entry = before.entry[0]
    expect(entry.published).toBe('2024-05-16T09:00:00+06:00')

    h.setNow('2024-05-16T05:00:00Z')
    const edited = (
      await api.patch(
        'editor',
        story.id,
        { headline: 'Tide gauges go live on the whole coast' },
        story.version,
      )
    ).json()
    await api.transition('editor', story.id, 'publish', edited.version)
    const after = (await xml(h, '/atom.xml')).doc.feed.entry[0]
    expect(after.id).toBe(entry.id)
    expect(after.title).toBe('Tide gauges go live on the whole coast')
    expect(after.updated).toBe('2024-05-16T11:00:00+06:00')
    expect(after.published).toBe(entry.published)
    expect(after.author.map((a: { name: string }) => a.name)).toEqual(['Rumana Akter', 'Bay Wire Service'])
  })

  it('section feeds carry only their section; an unknown section has none', async () => {
    const world = await publish()
    const sport = await h.ctx.deps.store.sections.create({ name: 'Sport', slug: 'sport', position: 2 })
    const other = await publish({ headline: 'Rowing crews train at dawn', sectionId: sport.id })
    const items = (await xml(h, '/world/feed.xml')).doc.rss.channel.item.map((i: { link: string }) => i.link)
    expect(items).toEqual([world.url])
    const sportAtom = (await xml(h, '/sport/atom.xml')).doc.feed.entry.map((e: { title: string }) => e.title)
    expect(sportAtom).toEqual([other.headline])
    expect((await h.app.inject({ url: '/nowhere/feed.xml' })).statusCode).toBe(404)
  })

  it('sitemaps: an index, story files of at most the set size with real lastmod, the pages, and the news sitemap', async () => {
    const stories = []
    for (let i = 0; i < 7; i++) {
      h.setNow(`2024-05-16T0${3 + i}:00:00Z`)
      stories.push(await publish({ headline: `Coastal story number ${i + 1}` }))
    }
    const index = (await xml(h, '/sitemap.xml')).doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)
    expect(index).toEqual([
      'http://localhost:3000/sitemaps/pages.xml',
      'http://localhost:3000/sitemap-news.xml',
      'http://localhost:3000/sitemaps/stories-1.xml',
      'http://localhost:3000/sitemaps/stories-2.xml',
      'http://localhost:3000/sitemaps/stories-3.xml',
    ])
    const files = []
    for (const n of [1, 2, 3]) files.push((await xml(h, `/sitemaps/stories-${n}.xml`)).doc.urlset.url)
    expect(files.map((f) => f.length)).toEqual([3, 3, 1])
    const all = files.flat()
    expect(all.map((u: { loc: string }) => u.loc)).toEqual(stories.map((s) => s.url))
    expect(all[0].lastmod).toBe(stories[0].modifiedAt)
    expect((await h.app.inject({ url: '/sitemaps/stories-4.xml' })).statusCode).toBe(404)

    const gz = await h.app.inject({ url: '/sitemaps/stories-1.xml', headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.rawPayload).toString()).toContain('<urlset')

    const pages = (await xml(h, '/sitemaps/pages.xml')).doc.urlset.url.map((u: { loc: string }) => u.loc)
    expect(pages).toEqual(['http://localhost:3000/', 'http://localhost:3000/world'])

    h.setNow('2024-05-18T06:30:00Z') // two days after the fourth story (06:00), and later
    const news = (await xml(h, '/sitemap-news.xml')).doc.urlset
    expect(news['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
    expect(news.url.map((u: { loc: string }) => u.loc)).toEqual(
      stories
        .slice(4)
        .reverse()
        .map((s) => s.url),
    )
    expect(news.url[0]['news:news']).toMatchObject({
      'news:publication': { 'news:name': 'The Dateline', 'news:language': 'en' },
      'news:publication_date': '2024-05-16T15:00:00+06:00',
      'news:title': 'Coastal story number 7',
    })
  })

  it('a killed story leaves its page, the lists, the feeds and every sitemap at once', async () => {
    const keep = await publish({ headline: 'Pilot boats get new radios' })
    const doomed = await publish()
    for (const url of [
      '/',
      '/world',
      '/feed.xml',
      '/atom.xml',
      '/world/feed.xml',
      '/sitemaps/stories-1.xml',
      '/sitemap-news.xml',
    ]) {
      expect((await h.app.inject({ url })).body, url).toContain(`/world/${doomed.id}/`)
    }
    const killed = await api.transition('chief', doomed.id, 'kill', doomed.version, {
      reason: 'Legal advice',
    })
    expect(killed.statusCode).toBe(200)
    expect((await h.app.inject({ url: new URL(doomed.url).pathname })).statusCode).toBe(410)
    for (const url of [
      '/',
      '/world',
      '/feed.xml',
      '/atom.xml',
      '/world/feed.xml',
      '/sitemaps/stories-1.xml',
      '/sitemap-news.xml',
    ]) {
      const body = (await h.app.inject({ url })).body
      expect(body, url).not.toContain(`/world/${doomed.id}/`)
      expect(body, url).toContain(`/world/${keep.id}/`)
    }
  })

  it('pictures: Media RSS with caption and credit in both feeds, and image entries in the story sitemaps', async () => {
    const form = await multipartForm([
      { name: 'file', value: await makePhoto(1200, 800), filename: 'pier.jpg', type: 'image/jpeg' },
    ])
    const picture = (await h.as('reporter', { method: 'POST', url: '/api/v1/assets', ...form })).json()
    await publish({
      headline: 'Pier repairs finished',
      leadImage: {
        assetId: picture.id,
        caption: 'The mended pier',
        credit: 'Photo: Harbour Desk',
        alt: 'A pier',
      },
    })
    const rss = (await xml(h, '/feed.xml')).doc.rss
    expect(rss['@xmlns:media']).toBe('http://search.yahoo.com/mrss/')
    const atom = (await xml(h, '/atom.xml')).doc.feed
    for (const media of [rss.channel.item[0]['media:content'], atom.entry[0]['media:content']]) {
      expect(media).toMatchObject({
        '@medium': 'image',
        '@type': 'image/jpeg',
        '@width': '1200',
        '@height': '800',
        'media:description': { '#text': 'The mended pier', '@type': 'plain' },
        'media:credit': { '#text': 'Photo: Harbour Desk', '@role': 'photographer' },
      })
      const file = await h.app.inject({ url: new URL(media['@url']).pathname })
      expect(file.headers['content-type']).toBe('image/jpeg')
    }
    const urlset = (await xml(h, '/sitemaps/stories-1.xml')).doc.urlset
    expect(urlset['@xmlns:image']).toBe('http://www.google.com/schemas/sitemap-image/1.1')
    expect(urlset.url[0]['image:image']['image:loc']).toBe(rss.channel.item[0]['media:content']['@url'])
  })

  it('the news sitemap lists at most 1,000 stories, the newest', async () => {
    const { store } = h.ctx.deps
    await store.transaction(async (tx) => {
      for (let i = 0; i < 1003; i++) {
        const at = new Date(Date.parse('2024-05-15T12:00:00Z') + i * 60_000).toISOString()
        await tx.articles.create(
          {
            ...storyValues({ headline: `Bulk story ${i}`, status: 'published' }),
            firstPublishedAt: at,
            sectionId: h.sectionId,
          },
          at,
        )
      }
    })
    const urls = (await xml(h, '/sitemap-news.xml')).doc.urlset.url
    expect(urls).toHaveLength(1000)
    expect(urls[0]['news:news']['news:title']).toBe('Bulk story 1002')
  })
})
