import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../../core/ports.ts'
import { fakeAsset, storyValues, tempStore } from '../../../test/support/temp-store.ts'
import { renderFrontPage } from './front-page.tsx'
import { renderNotFoundPage } from './not-found-page.tsx'
import { renderSectionPage } from './list-pages.tsx'
import { LIST_PAGE_SIZE as SECTION_PAGE_SIZE } from './story-list-page.tsx'

const now = new Date('2024-06-13T06:00:00Z')
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString()
const linksTo = (html: string) => [...html.matchAll(/href="\/[a-z]+\/(\d+)\//g)].map((m) => Number(m[1]))

describe('list pages', () => {
  let store: Store
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ store, cleanup } = await tempStore()))
  afterEach(() => cleanup())

  it('renderSectionPage() pages through a section newest first, and has no page past the end', async () => {
    const world = await store.sections.create({ name: 'World', slug: 'world', position: 1 })
    const sport = await store.sections.create({ name: 'Sport', slug: 'sport', position: 2 })
    const ids: number[] = []
    for (let i = 0; i < SECTION_PAGE_SIZE + 5; i++) {
      const a = await store.articles.create(
        storyValues({
          slug: `w-${i}`,
          headline: `World story ${i}`,
          sectionId: world.id,
          firstPublishedAt: hoursAgo(i + 1),
        }),
        now.toISOString(),
      )
      ids.push(a.id)
    }
    await store.articles.create(
      storyValues({ slug: 's', headline: 'Sport story', sectionId: sport.id }),
      now.toISOString(),
    )
    await store.articles.create(
      storyValues({ slug: 'd', sectionId: world.id, status: 'draft' }),
      now.toISOString(),
    )

    const first = (await renderSectionPage(store, { slug: 'world', page: 1 }, now))!
    const second = (await renderSectionPage(store, { slug: 'world', page: 2 }, now))!
    expect(new Set(linksTo(first.html))).toEqual(new Set(ids.slice(0, SECTION_PAGE_SIZE)))
    expect(new Set(linksTo(second.html))).toEqual(new Set(ids.slice(SECTION_PAGE_SIZE)))
    expect(first.html).toContain('href="/world?page=2"')
    expect(second.html).toContain('href="/world"')
    expect(second.html).not.toContain('page=3')
    expect(first.keys).toContain(`section:${world.id}`)
    expect(first.keys).toContain(`article:${ids[0]}`)
    expect(first.html).not.toContain('Sport story')
    expect(await renderSectionPage(store, { slug: 'world', page: 3 }, now)).toBeNull()
    expect(await renderSectionPage(store, { slug: 'nowhere', page: 1 }, now)).toBeNull()
    expect(await renderSectionPage(store, { slug: 'world', page: 0 }, now)).toBeNull()
  })

  it('renderFrontPage() leads with the newest story that has a picture and shows no story twice', async () => {
    const world = await store.sections.create({ name: 'World', slug: 'world', position: 1 })
    const picture = await fakeAsset(store, 'p')
    const withPicture = await store.articles.create(
      storyValues({
        slug: 'pic',
        headline: 'Story with a picture',
        sectionId: world.id,
        firstPublishedAt: hoursAgo(3),
        leadImage: { assetId: picture.id, caption: '', credit: '', alt: '' },
      }),
      now.toISOString(),
    )
    for (let i = 0; i < 12; i++) {
      await store.articles.create(
        storyValues({
          slug: `s-${i}`,
          headline: `Story ${i}`,
          sectionId: world.id,
          firstPublishedAt: hoursAgo(i < 2 ? i : i + 3),
        }),
        now.toISOString(),
      )
    }
    const front = await renderFrontPage(store, now)
    const links = linksTo(front.html)
    expect(links[0]).toBe(withPicture.id)
    // Each story is linked from its picture and its headline at most, never from two places on the page.
    const counts = new Map<number, number>()
    for (const id of links) counts.set(id, (counts.get(id) ?? 0) + 1)
    expect([...counts.values()].every((n) => n <= 2)).toBe(true)
    expect(counts.size).toBe(13)
    expect(front.keys).toEqual(
      expect.arrayContaining(['front', 'settings', 'sections', `article:${withPicture.id}`]),
    )
  })

  it('renderFrontPage() says so when nothing is published yet', async () => {
    const front = await renderFrontPage(store, now)
    expect(front.status).toBe(200)
    expect(front.html).toContain('No stories have been published yet.')
  })

  it('renderNotFoundPage() is a 404 with the site around it', async () => {
    const page = await renderNotFoundPage(store, now)
    expect(page.status).toBe(404)
    expect(page.html).toContain('Page not found')
    expect(page.html).toContain('The Dateline')
  })
})
