import { DomUtils, parseDocument } from 'htmlparser2'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../core/ports.ts'
import { fakeAsset, storyValues, tempStore } from '../../../test/support/temp-store.ts'
import { renderArticlePage } from './article-page.tsx'

const now = new Date('2024-06-13T06:00:00Z')

describe('renderArticlePage()', () => {
  let store: Store
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ store, cleanup } = await tempStore()))
  afterEach(() => cleanup())

  it('escapes whatever text a story holds, and links only to safe addresses', async () => {
    const a = await store.articles.create(
      storyValues({
        headline: 'Market </title><script>alert(1)</script> falls',
        summary: '"><img src=x onerror=alert(2)>',
        body: [
          {
            type: 'paragraph',
            content: [{ text: '<b>not bold</b> ' }, { text: 'click', href: 'javascript:alert(3)' }],
          },
          {
            type: 'quote',
            paragraphs: [[{ text: 'Quoted <i>' }]],
            attribution: '</blockquote><script>x()</script>',
          },
        ],
        tags: ['<tag>'],
      }),
      now.toISOString(),
    )
    const page = (await renderArticlePage(store, { sectionSlug: 'news', id: a.id, slug: a.slug }, now))!
    expect(page.status).toBe(200)
    const elements = DomUtils.findAll(() => true, parseDocument(page.html).children)
    // NewsArticle and BreadcrumbList, and no other script.
    expect(elements.filter((e) => e.name === 'script').map((e) => e.attribs.type)).toEqual([
      'application/ld+json',
      'application/ld+json',
    ])
    expect(elements.filter((e) => e.name === 'img' || e.name === 'b' || e.name === 'i')).toEqual([])
    expect(elements.flatMap((e) => Object.keys(e.attribs)).filter((name) => name.startsWith('on'))).toEqual(
      [],
    )
    expect(elements.filter((e) => e.name === 'a' && /script:/i.test(e.attribs.href ?? ''))).toEqual([])
    const h1 = elements.find((e) => e.name === 'h1')!
    expect(DomUtils.textContent(h1)).toBe('Market </title><script>alert(1)</script> falls')
    expect(page.html.includes('&lt;/b> click</p>')).toBe(true) // the text stays, the link goes
  })

  it('keeps JSON-LD inside its script element whatever the headline says', async () => {
    const a = await store.articles.create(
      storyValues({ headline: 'Ends </script><script>alert(1)</script>' }),
      now.toISOString(),
    )
    const page = (await renderArticlePage(store, { sectionSlug: 'news', id: a.id, slug: a.slug }, now))!
    const scripts = page.html.match(/<script/g) ?? []
    expect(scripts).toHaveLength(2) // NewsArticle and BreadcrumbList
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page.html)![1]!
    expect(JSON.parse(json).headline).toBe('Ends </script><script>alert(1)</script>')
  })

  it('answers 410 for a story taken off the site, and nothing for a draft or an unknown id', async () => {
    const gone = await store.articles.create(storyValues({ status: 'unpublished' }), now.toISOString())
    const draft = await store.articles.create(
      storyValues({ status: 'draft', firstPublishedAt: null }),
      now.toISOString(),
    )
    expect(
      (await renderArticlePage(store, { sectionSlug: 'news', id: gone.id, slug: gone.slug }, now))?.status,
    ).toBe(410)
    expect(
      await renderArticlePage(store, { sectionSlug: 'news', id: draft.id, slug: draft.slug }, now),
    ).toBeNull()
    expect(await renderArticlePage(store, { sectionSlug: 'news', id: 999, slug: 'x' }, now)).toBeNull()
  })

  it('redirects an outdated slug or section to the current address, without caching the redirect', async () => {
    const world = await store.sections.create({ name: 'World', slug: 'world', position: 1 })
    const a = await store.articles.create(
      storyValues({ sectionId: world.id, slug: 'new-slug' }),
      now.toISOString(),
    )
    for (const address of [
      { sectionSlug: 'world', id: a.id, slug: 'old-slug' },
      { sectionSlug: 'news', id: a.id, slug: 'new-slug' },
      { sectionSlug: 'world', id: a.id, slug: null },
    ]) {
      const page = (await renderArticlePage(store, address, now))!
      expect(page.status).toBe(301)
      expect(page.headers?.location).toBe(`/world/${a.id}/new-slug`)
      expect(page.cacheable).toBe(false)
    }
  })

  it('names what it shows: the story, its desk, its pictures, the settings and the sections', async () => {
    const desk = await store.desks.create({
      name: 'International Desk',
      slug: 'international-desk',
      defaultSectionId: null,
    })
    const lead = await fakeAsset(store, 'lead')
    const inline = await fakeAsset(store, 'inline')
    const a = await store.articles.create(
      storyValues({
        deskId: desk.id,
        leadImage: { assetId: lead.id, caption: 'Lead', credit: 'photo collected', alt: '' },
        body: [
          {
            type: 'figure',
            assetId: inline.id,
            caption: 'Inline',
            credit: 'Agency',
            alt: 'An inline picture',
          },
        ],
      }),
      now.toISOString(),
    )
    const page = (await renderArticlePage(store, { sectionSlug: 'news', id: a.id, slug: a.slug }, now))!
    expect(page.keys.sort()).toEqual(
      [
        'settings',
        'sections',
        `article:${a.id}`,
        `desk:${desk.id}`,
        `asset:${lead.id}`,
        `asset:${inline.id}`,
      ].sort(),
    )
    // The date bar shows today, so the page lives until midnight in Dhaka (18:00 UTC).
    expect(page.expiresAt).toBe(Date.parse('2024-06-13T18:00:00Z'))
    expect(page.html).toContain('Thursday, 13 Jun, 2024')
    expect(page.html).toMatch(/<img[^>]+alt="Alt of lead"/) // the story gave no alt: the library's alt
    expect(page.html).toMatch(/<img[^>]+alt="An inline picture"[^>]+loading="lazy"/)
  })
})
