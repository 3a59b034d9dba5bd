import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NewArticle, Store } from '../../src/core/ports.ts'
import { HIT_END, HIT_START, searchTerms } from '../../src/core/search-terms.ts'
import { openStore, type StoreOptions } from '../../src/store/open-store.ts'
import { storyValues } from '../support/temp-store.ts'
import { testDatabases } from '../support/test-databases.ts'

const at = '2024-06-13T06:00:00Z'
const text = (...paragraphs: string[]): NewArticle['body'] =>
  paragraphs.map((p) => ({ type: 'paragraph', content: [{ text: p }] }))
const marked = (word: string) => `${HIT_START}${word}${HIT_END}`

// Three Bengali stories: a river ferry, a school opened by the prime minister, a minister on road repairs.
const bengali = {
  ferry: {
    headline: 'নদীতে নতুন ফেরি চালু',
    body: 'বরিশাল থেকে ঢাকা পর্যন্ত নতুন ফেরি চালু হয়েছে। যাত্রীরা এখন সহজে নদী পার হতে পারবেন।',
  },
  school: {
    headline: 'গ্রামে নতুন বিদ্যালয়',
    body: 'প্রধানমন্ত্রী আজ গ্রামের নতুন বিদ্যালয় উদ্বোধন করেছেন। শিক্ষকেরা খুশি।',
  },
  roads: {
    headline: 'রাস্তা মেরামতের আশ্বাস',
    body: 'মন্ত্রী বলেছেন, বন্যার পরে সব রাস্তা মেরামত করা হবে।',
  },
}

for (const { db, skip } of testDatabases) {
  describe.skipIf(skip)(`search on ${db.name}`, () => {
    let options: StoreOptions & { cleanup(): Promise<void> }
    let store: Store
    let n = 0
    const story = (overrides: Partial<NewArticle>) =>
      store.articles.create(storyValues({ slug: `s-${++n}`, summary: '', ...overrides }), at)
    const search = (query: string, page: { limit?: number; offset?: number } = {}) =>
      store.search({ terms: searchTerms(query), limit: page.limit ?? 20, offset: page.offset ?? 0 })
    const found = async (query: string) => (await search(query)).items.map((hit) => hit.id)

    beforeEach(async () => {
      options = await db.create()
      store = await openStore(options)
    })
    afterEach(async () => {
      await store.close()
      await options.cleanup()
    })

    it('search() ranks a hit in the headline above a hit in the body, and stems English words', async () => {
      const inBody = await story({
        headline: 'Storm damage counted in the south',
        body: text('In Bhola, two ferries were torn from their moorings.'),
      })
      const inHeadline = await story({
        headline: 'Ferry services resume on the Meghna',
        body: text('Passengers crowded the ghat as the first boat arrived.'),
      })
      await story({ headline: 'Budget passed', body: text('Nothing about boats.') })

      expect(await found('ferry')).toEqual([inHeadline.id, inBody.id])
      expect(await found('ferries')).toEqual([inHeadline.id, inBody.id])
      const { items, total } = await search('FERRY')
      expect(total).toBe(2)
      expect(items[0]!.rank).toBeGreaterThan(items[1]!.rank)
      expect(items[0]).toMatchObject({ headline: 'Ferry services resume on the Meghna', status: 'published' })
    })

    it('search() finds only published stories: never drafts, withdrawn or killed ones', async () => {
      const published = await story({ headline: 'Ferry strike ends' })
      await story({ headline: 'Ferry strike draft', status: 'draft', firstPublishedAt: null })
      await story({ headline: 'Ferry strike unpublished', status: 'unpublished' })
      await story({ headline: 'Ferry strike killed', status: 'killed' })
      const withdrawn = await story({ headline: 'Ferry strike withdrawn' })
      expect((await found('strike')).sort()).toEqual([published.id, withdrawn.id].sort())

      await store.articles.update(withdrawn.id, { status: 'unpublished' }, at)
      expect(await found('strike')).toEqual([published.id])
      expect((await search('strike')).total).toBe(1)
    })

    it('search() pages through the results with a stable order and the total', async () => {
      const ids: number[] = []
      for (let i = 0; i < 25; i++) {
        const firstPublishedAt = new Date(Date.parse(at) - i * 60_000).toISOString()
        ids.push((await story({ headline: `Budget vote ${i}`, firstPublishedAt })).id)
      }
      const pages = await Promise.all([0, 10, 20].map((offset) => search('budget', { limit: 10, offset })))
      expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5])
      expect(pages.map((p) => p.total)).toEqual([25, 25, 25])
      // Equal ranks: newest first.
      expect(pages.flatMap((p) => p.items.map((hit) => hit.id))).toEqual(ids)
      expect(await search('budget', { limit: 10, offset: 30 })).toEqual({ items: [], total: 25 })
      expect(await search('nothing-like-this', { limit: 10, offset: 30 })).toEqual({ items: [], total: 0 })
    })

    it('search() finds Bengali words whole, and no story by a fragment of a word', async () => {
      const ids: Record<string, number> = {}
      for (const [key, s] of Object.entries(bengali)) {
        ids[key] = (await story({ headline: s.headline, body: text(s.body), language: 'bn' })).id
      }
      expect(await found('বিদ্যালয়')).toEqual([ids.school])
      expect(await found('ফেরি বরিশাল')).toEqual([ids.ferry])
      expect((await found('নতুন')).sort()).toEqual([ids.ferry, ids.school].sort())
      // "Minister" is its own word in one story; in the other it is only part of "প্রধানমন্ত্রী" (prime minister).
      expect(await found('মন্ত্রী')).toEqual([ids.roads])
      // Pieces of words that a tokenizer splitting at vowel signs and viramas would match ("-tri", "-dya").
      expect(await found('ত্রী')).toEqual([])
      expect(await found('দ্যা')).toEqual([])
      // The last word may begin a longer one: "নদী" (river) finds "নদীতে" (on the river) as well.
      expect(await found('নদী')).toEqual([ids.ferry])

      const [hit] = (await search('বিদ্যালয়')).items
      expect(hit!.snippet).toContain(marked('বিদ্যালয়'))
    })

    it('search() finds a story by its byline', async () => {
      const bylined = await story({
        headline: 'Floodwater recedes',
        contributors: [{ kind: 'staff', name: 'Nadia Karim' }],
      })
      await story({ headline: 'Market reopens', contributors: [{ kind: 'staff', name: 'Nadia Rahman' }] })
      expect(await found('nadia karim')).toEqual([bylined.id])
      expect(await found('Karim')).toEqual([bylined.id])
      expect((await search('karim')).items[0]!.snippet).toContain(`Nadia ${marked('Karim')}`)
    })

    it('search() marks the matched words in a snippet from the text, or in the summary when that matched', async () => {
      const words = (name: string) => Array.from({ length: 60 }, (_, i) => `${name}${i}`).join(' ')
      const inText = await story({
        headline: 'Storm damage',
        summary: 'The south was hit hardest.',
        body: text(words('before'), 'In Bhola, two ferries were torn from their moorings.', words('after')),
      })
      const inSummary = await story({
        headline: 'Boats return',
        summary: 'Launches left Chandpur at dawn.',
        body: text('Passengers crowded the ghat.'),
      })

      const byText = (await search('ferries')).items.find((hit) => hit.id === inText.id)!
      expect(byText.snippet).toContain(`two ${marked('ferries')} were torn`)
      expect(byText.snippet.length).toBeLessThan(400)
      expect(byText.snippet).not.toMatch(/before0 |after59/)
      expect(byText.snippet).toMatch(/^….+…$/s)

      const [bySummary] = (await search('chandpur')).items
      expect(bySummary!.id).toBe(inSummary.id)
      expect(bySummary!.snippet).toBe(`Launches left ${marked('Chandpur')} at dawn.`)

      // A hit in the headline only: the summary, unmarked.
      const [byHeadline] = (await search('boats')).items
      expect(byHeadline!.snippet).toBe('Launches left Chandpur at dawn.')
      const [whole] = (await search('ghat')).items
      expect(whole!.snippet).toBe(`Passengers crowded the ${marked('ghat')}.`)
    })

    it('search() ranks the word itself above longer words it begins', async () => {
      const longer = await story({ headline: 'Warning over river erosion' })
      const exact = await story({ headline: 'War memorial restored' })
      expect(await found('war')).toEqual([exact.id, longer.id])
      expect(await found('memorial war')).toEqual([exact.id])
    })

    it('search() treats any terms as words, never as query syntax', async () => {
      await story({ headline: 'Ferry AND bus fares OR tolls NEAR the bridge' })
      const odd = ['"', 'a"b', "'", ')', 'near(', '*', '^', 'and', 'or', "x' or 1=1 --", '\\']
      for (const term of odd) {
        await expect(store.search({ terms: [term], limit: 5, offset: 0 })).resolves.toMatchObject({
          items: expect.any(Array),
        })
      }
      expect(await found('AND OR NEAR')).toHaveLength(1)
      expect(await store.search({ terms: [], limit: 5, offset: 0 })).toEqual({ items: [], total: 0 })
    })
  })
}
