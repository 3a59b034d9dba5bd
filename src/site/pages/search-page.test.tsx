import Fastify from 'fastify'
import { renderToString } from 'preact-render-to-string'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NewArticle, Store } from '../../core/ports.ts'
import { searchTerms } from '../../core/search-terms.ts'
import { storyValues, tempStore } from '../../../test/support/temp-store.ts'
import { RenderCache } from '../cache/render-cache.ts'
import { registerSiteRoutes } from '../site-routes.ts'
import { highlighted } from '../view/search-view.tsx'
import { MAX_SEARCH_PAGE, queryTerms, renderSearchPage, SEARCH_PAGE_SIZE, searchKey } from './search-page.tsx'

const now = new Date('2024-06-13T06:00:00Z')
const text = (...paragraphs: string[]): NewArticle['body'] =>
  paragraphs.map((p) => ({ type: 'paragraph', content: [{ text: p }] }))
/** The page's main content, without the head (whose styles and metadata would match anything). */
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'))

describe('search page', () => {
  let store: Store
  let cleanup: () => Promise<void>
  let n = 0
  const story = (overrides: Partial<NewArticle>) =>
    store.articles.create(storyValues({ slug: `s-${++n}`, ...overrides }), now.toISOString())
  const render = (q: string, page = 1) => renderSearchPage(store, { terms: searchTerms(q), page }, now)

  beforeEach(async () => ({ store, cleanup } = await tempStore()))
  afterEach(() => cleanup())

  it('renderSearchPage() lists the stories found, best first, with the matched words marked', async () => {
    const world = await store.sections.create({ name: 'World', slug: 'world', position: 1 })
    const inBody = await story({
      headline: 'Storm damage counted',
      sectionId: world.id,
      body: text('In Bhola, two ferries were torn from their moorings.'),
    })
    const inHeadline = await story({ headline: 'Ferry services resume', sectionId: world.id })
    await story({ headline: 'Ferry fares draft', status: 'draft', firstPublishedAt: null })

    const page = (await render('Ferry'))!
    expect(page.status).toBe(200)
    const html = main(page.html)
    expect(html).toContain('2 stories for “ferry”')
    const links = [...html.matchAll(/<h2><a href="\/world\/(\d+)\//g)].map((m) => Number(m[1]))
    expect(links).toEqual([inHeadline.id, inBody.id])
    expect(html).toContain('two <mark>ferries</mark> were torn')
    expect(html).not.toContain('draft')
    expect(html).toMatch(/<form class="search-form" role="search" action="\/search" method="get">/)
    expect(html).toContain('<label for="search-q">')
    expect(html).toMatch(/<input id="search-q" type="search" name="q" value="ferry"/)
    expect(page.html).toContain('<meta name="robots" content="noindex"/>')
    expect(page.html).toMatch(/<meta property="og:url" content="[^"]*\/search"\/>/)
    expect(page.keys).toEqual(
      expect.arrayContaining([
        'front',
        'settings',
        'sections',
        `article:${inBody.id}`,
        `article:${inHeadline.id}`,
      ]),
    )
    expect(page.expiresAt).toBe(now.getTime() + 5 * 60_000)
  })

  it('renderSearchPage() finds Bengali stories and marks the Bengali word', async () => {
    await story({
      headline: 'নদীতে নতুন ফেরি চালু',
      body: text('বরিশাল থেকে ঢাকা পর্যন্ত নতুন ফেরি চালু হয়েছে।'),
      language: 'bn',
    })
    const html = main((await render('ফেরি'))!.html)
    expect(html).toContain('1 story for “ফেরি”')
    expect(html).toContain('<article class="teaser search-hit" lang="bn">')
    expect(html).toContain('পর্যন্ত নতুন <mark>ফেরি</mark> চালু')
  })

  it('renderSearchPage() escapes the story text in snippets and the query in the form', async () => {
    await story({
      headline: 'Ferry <em>news</em> & views',
      summary: '',
      body: text('The <script>alert("ferry")</script> & <b>bold</b> ferry "tale" it was.'),
    })
    const html = main((await render('ferry'))!.html)
    expect(html).not.toMatch(/<script|<b>|<em>/)
    expect(html).toContain('Ferry &lt;em>news&lt;/em> &amp; views')
    expect(html).toContain(
      '&lt;script>alert(&quot;<mark>ferry</mark>&quot;)&lt;/script> &amp; &lt;b>bold&lt;/b>',
    )

    // A Hebrew abbreviation keeps its quote inside the word: it must not end the attribute.
    const hebrew = main((await render('צה"ל'))!.html)
    expect(hebrew).toContain('value="צה&quot;ל"')
    expect(hebrew).toContain('No stories for “צה&quot;ל”')
  })

  it('highlighted() turns only the markers into <mark>, and drops control characters', () => {
    const html = renderToString(
      <p>{highlighted('a \u0002<i>b</i>\u0003 c\u0002d\u0000 \u0007e\u0003\u0003 f\u0002')}</p>,
    )
    expect(html).toBe('<p>a <mark>&lt;i>b&lt;/i></mark> c<mark>d e</mark> f</p>')
    const byline = renderToString(
      <p>{highlighted('Nadia \u0002Karim\u0003\nFerries left.\n\nThey came back.\n')}</p>,
    )
    expect(byline).toBe('<p>Nadia <mark>Karim</mark> · Ferries left. · They came back.</p>')
  })

  it('renderSearchPage() gives a page with the form for any query, however odd', async () => {
    await story({
      headline: 'Ferry AND bus OR tolls NEAR the bridge',
      body: text('Fares rose 3.5% (again).'),
    })
    const odd = [
      '',
      '   ',
      '"',
      '""',
      '"* ^',
      'AND OR NEAR',
      'NEAR(ferry bus, 2)',
      'ferry*',
      '^ferry -bus',
      '(((',
      "'; DROP TABLE articles; --",
      "x' OR '1'='1",
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'headline:ferry',
      '{ferry bus}',
      'ferry'.repeat(2000),
      Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '),
      '\u0000\u0002\u0003',
      '🙂 ⛴️',
      '3.5%',
      'প্রধানমন্ত্রী!!!',
    ]
    for (const q of odd) {
      const page = await renderSearchPage(store, { terms: queryTerms({ q }), page: 1 }, now)
      expect(page?.status, q).toBe(200)
      const html = main(page!.html)
      expect(html, q).toContain('name="q"')
      expect(html, q).not.toMatch(/<script|<img/)
    }
    const near = main((await render('AND OR NEAR'))!.html)
    expect(near).toContain('1 story for “and or near”')
  })

  it('renderSearchPage() answers an empty query with the form and a hint, and no search', async () => {
    const page = (await render(' ?! '))!
    const html = main(page.html)
    expect(html).toContain('<h1 class="page-title">Search</h1>')
    expect(html).toContain('class="search-hint"')
    expect(html).toContain('<input id="search-q" type="search" name="q" maxlength="200"')
    expect(html).not.toContain('search-results')
    expect(page.keys).not.toContain('front')
    expect(searchKey({ terms: [], page: 7 })).toBe('/search')
  })

  it('renderSearchPage() says so when nothing matches', async () => {
    await story({ headline: 'Ferry services resume' })
    const html = main((await render('zebra'))!.html)
    expect(html).toContain('No stories for “zebra”')
    expect(html).toContain('Check the spelling')
    expect(html).not.toContain('class="pager"')
  })

  it('renderSearchPage() pages through the results, and has no page past the last', async () => {
    for (let i = 0; i < SEARCH_PAGE_SIZE * 2 + 5; i++) {
      const firstPublishedAt = new Date(now.getTime() - i * 60_000).toISOString()
      await story({ headline: `Budget vote ${i}`, firstPublishedAt })
    }
    const [first, second, third] = await Promise.all([1, 2, 3].map((p) => render('Budget', p)))
    expect(main(first!.html)).toContain('45 stories for “budget”')
    expect(main(first!.html)).toContain('href="/search?q=budget&amp;page=2"')
    expect(main(first!.html)).not.toContain('Previous results')
    expect(main(second!.html)).toContain('<ol class="search-results" start="21">')
    expect(main(second!.html)).toContain('href="/search?q=budget"')
    expect(main(second!.html)).toContain('href="/search?q=budget&amp;page=3"')
    expect(main(third!.html).match(/<li>/g)).toHaveLength(5)
    expect(main(third!.html)).not.toContain('More results')
    expect(await render('budget', 4)).toBeNull()
    expect(await render('budget', 0)).toBeNull()
    expect(await render('budget', MAX_SEARCH_PAGE + 1)).toBeNull()
    expect(searchKey({ terms: searchTerms('Budget  vote!'), page: 2 })).toBe('/search?q=budget+vote&page=2')
  })
})

describe('GET /search', () => {
  it('serves results from the cache by terms and page: spellings and unknown parameters share an entry', async () => {
    const { store, cleanup } = await tempStore()
    const cache = new RenderCache({
      maxBytes: 1e7,
      commonHeaders: {},
      cacheControl: 'public',
      now: () => now.getTime(),
    })
    const app = Fastify()
    registerSiteRoutes(app, { store, cache, clock: { now: () => now } })
    try {
      await store.articles.create(storyValues({ headline: 'Ferry to Dhaka' }), now.toISOString())
      for (const url of [
        '/search?q=ferry+dhaka',
        '/search?q=Ferry,%20DHAKA!&utm_source=x',
        '/search?page=1&q=ferry%20dhaka',
      ]) {
        const res = await app.inject({ url })
        expect(res.statusCode, url).toBe(200)
        expect(res.body).toContain('1 story for “ferry dhaka”')
      }
      for (const url of ['/search', '/search?q=', '/search?q=a&q=b', '/search?q=%22%2A&page=9']) {
        const res = await app.inject({ url })
        expect(res.statusCode, url).toBe(200)
        expect(res.body, url).toContain('<h1 class="page-title">Search</h1>')
      }
      expect(cache.stats()).toMatchObject({ entries: 2, misses: 2 })
      for (const url of ['/search?q=ferry&page=2', '/search?q=ferry&page=x', '/search?q=ferry&page=0']) {
        expect((await app.inject({ url })).statusCode, url).toBe(404)
      }
      expect(queryTerms(undefined)).toEqual([])
    } finally {
      await app.close()
      await cleanup()
    }
  })
})
