import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { knownAiCrawlers } from '../../src/core/settings.ts'
import { cdnPurger } from '../../src/services/site/cdn-purge.ts'
import { apiHarness, ORIGIN, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'

interface Robots {
  isAllowed(url: string, agent: string): boolean | undefined
  getSitemaps(): string[]
}
// robots-parser is CommonJS whose types claim a default export; require gives the function itself.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robots

describe('rights signals', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T04:00:00Z' })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  const settings = (patch: Record<string, unknown>) => api.send('admin', 'PATCH', '/api/v1/settings', patch)
  const robots = async () => {
    const res = await h.app.inject({ url: '/robots.txt' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
    return robotsParser(`${ORIGIN}/robots.txt`, res.body)
  }

  it('robots.txt shuts the listed AI crawlers out by default, and lets everyone else read the site', async () => {
    const parsed = await robots()
    for (const agent of knownAiCrawlers) {
      expect(parsed.isAllowed(`${ORIGIN}/world/1/a-story`, agent), agent).toBe(false)
      expect(parsed.isAllowed(`${ORIGIN}/`, agent), agent).toBe(false)
    }
    const reader = 'Mozilla/5.0 (compatible; Googlebot/2.1)'
    expect(parsed.isAllowed(`${ORIGIN}/world/1/a-story`, reader)).toBe(true)
    expect(parsed.isAllowed(`${ORIGIN}/api/v1/articles`, reader)).toBe(false)
    expect(parsed.getSitemaps()).toEqual([`${ORIGIN}/sitemap.xml`])
  })

  it('robots.txt follows the switch and the list in settings, at once', async () => {
    await robots()
    expect((await settings({ aiCrawlerAgents: 'GPTBot,  NewsMinerBot GPTBot' })).json().aiCrawlerAgents).toBe(
      'GPTBot, NewsMinerBot',
    )
    let parsed = await robots()
    expect(parsed.isAllowed(`${ORIGIN}/`, 'NewsMinerBot')).toBe(false)
    expect(parsed.isAllowed(`${ORIGIN}/`, 'ClaudeBot')).toBe(true)

    await settings({ aiCrawlers: 'allow' })
    parsed = await robots()
    expect(parsed.isAllowed(`${ORIGIN}/`, 'GPTBot')).toBe(true)
    expect(parsed.isAllowed(`${ORIGIN}/api/`, 'GPTBot')).toBe(false)
  })

  it('refuses a bad switch, token or policy address by name, and keeps the stored values', async () => {
    for (const [key, value] of [
      ['aiCrawlers', 'sometimes'],
      ['aiCrawlerAgents', 'GPTBot, Evil\nDisallow: /'],
      ['tdmReservation', 2],
      ['tdmPolicyUrl', 'javascript:alert(1)'],
      ['purgeUrl', 'ftp://cdn.example/purge'],
    ] as const) {
      const res = await settings({ [key]: value })
      expect(res.statusCode, key).toBe(422)
      expect(res.body, key).toContain(key)
    }
    const now = (await api.send('admin', 'GET', '/api/v1/settings')).json()
    expect(now).toMatchObject({ aiCrawlers: 'block', tdmReservation: 1, tdmPolicyUrl: '', purgeUrl: '' })
  })

  it('reserves text-and-data-mining rights by header, meta tag and /.well-known/tdmrep.json, with the policy', async () => {
    const s = await api.create('chief', { headline: 'Harbour dredging begins' })
    const live = (await api.transition('chief', s.id, 'publish', s.version)).json()
    const pages = [
      '/',
      '/world',
      new URL(live.url).pathname,
      '/search?q=harbour',
      '/feed.xml',
      '/no-such-page',
    ]

    const check = async (reservation: '0' | '1', policy: string | undefined) => {
      for (const url of pages) {
        const res = await h.app.inject({ url })
        expect(res.headers['tdm-reservation'], url).toBe(reservation)
        expect(res.headers['tdm-policy'], url).toBe(policy)
        if (String(res.headers['content-type']).startsWith('text/html')) {
          expect(res.body, url).toContain(`<meta name="tdm-reservation" content="${reservation}"/>`)
          if (policy) expect(res.body, url).toContain(`<meta name="tdm-policy" content="${policy}"/>`)
          else expect(res.body, url).not.toContain('tdm-policy')
        }
      }
      const wellKnown = await h.app.inject({ url: '/.well-known/tdmrep.json' })
      expect(wellKnown.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(JSON.parse(wellKnown.body)).toEqual([
        {
          location: '/*',
          'tdm-reservation': Number(reservation),
          ...(policy ? { 'tdm-policy': policy } : {}),
        },
      ])
    }

    await check('1', undefined)
    const policy = 'https://paper.example/tdm-policy.json'
    expect((await settings({ tdmPolicyUrl: policy })).statusCode).toBe(200)
    await check('1', policy)
    expect((await settings({ tdmReservation: 0 })).statusCode).toBe(200)
    await check('0', undefined)
  })

  it('calls the purge hook with the keys of a change, the same keys the pages list in Surrogate-Key', async () => {
    const received: { headers: IncomingHttpHeaders; body: string }[] = []
    const hook = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk))
      req.on('end', () => {
        received.push({ headers: req.headers, body })
        res.end('ok')
      })
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/purge`
      expect((await settings({ purgeUrl: url })).statusCode).toBe(200)
      const s = await api.create('chief', { headline: 'Harbour dredging begins', tags: ['Harbour'] })
      const live = (await api.transition('chief', s.id, 'publish', s.version)).json()
      const page = await h.app.inject({ url: new URL(live.url).pathname })
      const pageKeys = String(page.headers['surrogate-key']).split(' ')

      await expect.poll(() => received.length).toBeGreaterThanOrEqual(2)
      const purge = received.find((r) => r.body.includes('article.published'))!
      expect(purge.headers['content-type']).toBe('application/json')
      const { keys, reason } = JSON.parse(purge.body) as { keys: string[]; reason: string }
      expect(reason).toBe('article.published')
      expect(purge.headers['surrogate-key']).toBe(keys.join(' '))
      expect(keys).toEqual(expect.arrayContaining([`article:${s.id}`, 'front', 'tag:harbour']))
      // The story's page lists its own key, so this purge reaches it at the CDN.
      expect(pageKeys).toContain(`article:${s.id}`)
    } finally {
      hook.close()
    }
  })

  it('tries a failed purge once more, then logs it without failing the change', async () => {
    let calls = 0
    const hook = createServer((_req, res) => {
      calls++
      res.statusCode = 503
      res.end('busy')
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/purge`
      await h.ctx.deps.store.settings.set('purgeUrl', url)
      const warnings: string[] = []
      const purger = cdnPurger({
        store: h.ctx.deps.store,
        logger: { info() {}, warn: (m) => warnings.push(m), error() {} },
        retryAfterMs: 10,
      })
      purger.purge({ keys: ['article:7', 'front'], reason: 'article.updated' })
      await purger.flush()
      expect(calls).toBe(2)
      expect(warnings).toEqual(['CDN purge of article:7 front failed: HTTP 503: busy'])

      // With no purge URL set, nothing is called.
      await h.ctx.deps.store.settings.set('purgeUrl', '')
      purger.purge({ keys: ['front'], reason: 'front.update' })
      await purger.flush()
      expect(calls).toBe(2)
    } finally {
      hook.close()
    }
  })
})
