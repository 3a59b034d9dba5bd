import type { LightMyRequestResponse } from 'fastify'
import { DomUtils, parseDocument } from 'htmlparser2'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { JSON_BODY_LIMIT } from '../../src/api/register-api.ts'
import { apiRoutes } from '../../src/api/routes/api-routes.ts'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { apiRequest } from '../support/route-fixtures.ts'
import { storeSnapshot } from '../support/store-snapshot.ts'
import { storyApi } from '../support/story-api.ts'

const paths = (res: LightMyRequestResponse) => (res.json().errors ?? []).map((e: { path: string }) => e.path)

function expectProblem(res: LightMyRequestResponse, status: number, code?: string) {
  expect(res.statusCode, res.body).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  if (code) expect(res.json().code).toBe(code)
}

describe('hostile input: a clear error, and nothing changed', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  let story: { id: number; version: number }
  let before: Awaited<ReturnType<typeof storeSnapshot>>
  beforeEach(async () => {
    h = await apiHarness()
    api = storyApi(h)
    story = await api.create('reporter')
    before = await storeSnapshot(h.ctx.deps.store)
  })
  afterEach(() => h.close())

  const expectNothingChanged = async () => expect(await storeSnapshot(h.ctx.deps.store)).toEqual(before)
  const raw = (role: 'reporter' | 'admin', method: 'POST' | 'PATCH', url: string, payload: string) =>
    h.as(role, {
      method,
      url,
      headers: { 'content-type': 'application/json', 'if-match': `"v${story.version}"` },
      payload,
    })

  it('a JSON body over the limit gets 413 body_too_large, on stories and on settings', async () => {
    const huge = 'x'.repeat(JSON_BODY_LIMIT + 1)
    const create = await raw('reporter', 'POST', '/api/v1/articles', JSON.stringify({ headline: huge }))
    expectProblem(create, 413, 'body_too_large')
    const edit = await raw(
      'reporter',
      'PATCH',
      `/api/v1/articles/${story.id}`,
      JSON.stringify({ summary: huge }),
    )
    expectProblem(edit, 413, 'body_too_large')
    expectProblem(
      await raw('admin', 'PATCH', '/api/v1/settings', JSON.stringify({ tagline: huge })),
      413,
      'body_too_large',
    )
    await expectNothingChanged()
  })

  it('a body that is not JSON gets 400 invalid_json, prototype keys included', async () => {
    for (const payload of ['{"headline": ', '{"summary": "x",}', "{'headline': 'x'}", 'headline=x']) {
      expectProblem(
        await raw('reporter', 'PATCH', `/api/v1/articles/${story.id}`, payload),
        400,
        'invalid_json',
      )
    }
    const proto = '{"headline":"x","__proto__":{"isAdmin":true}}'
    expectProblem(await raw('reporter', 'POST', '/api/v1/articles', proto), 400, 'invalid_json')
    await expectNothingChanged()
  })

  it('wrong types get 422 naming each field by its path', async () => {
    const wrong = JSON.stringify({ headline: 42, deskId: 'one', body: 'text' })
    for (const res of [
      await raw('reporter', 'POST', '/api/v1/articles', wrong),
      await raw('reporter', 'PATCH', `/api/v1/articles/${story.id}`, wrong),
    ]) {
      expectProblem(res, 422, 'validation_failed')
      expect(paths(res).sort()).toEqual(['body', 'deskId', 'headline'])
    }
    const blocks = await api.patch(
      'reporter',
      story.id,
      { body: [{ type: 'paragraph', content: [{ text: 7, bold: 'yes' }] }, { type: 'video' }] },
      story.version,
    )
    expectProblem(blocks, 422)
    expect(paths(blocks)).toEqual(expect.arrayContaining(['body.0.content.0.text', 'body.0.content.0.bold']))
    expect(paths(blocks).some((p: string) => p.startsWith('body.1'))).toBe(true)
    const user = await h.as('admin', {
      ...apiRequest('PATCH', `/users/${h.users.reporter.id}`, { disabled: 'yes', role: 1 }),
    })
    expect(paths(user).sort()).toEqual(['disabled', 'role'])
    const settings = await h.as('admin', apiRequest('PATCH', '/settings', { spikeRetentionDays: 'forever' }))
    expect(paths(settings)).toEqual(['spikeRetentionDays'])
    await expectNothingChanged()
  })

  it('unknown fields get 422 naming them, also those that try to skip the workflow', async () => {
    const create = await raw('reporter', 'POST', '/api/v1/articles', '{"headline":"x","isAdmin":true}')
    expectProblem(create, 422, 'validation_failed')
    expect(create.json().errors).toEqual([{ path: 'isAdmin', message: 'is not a known field' }])
    for (const field of ['status', 'state', 'createdBy', 'version', 'locked', 'firstPublishedAt']) {
      const res = await api.patch('reporter', story.id, { summary: 'x', [field]: 'published' }, story.version)
      expectProblem(res, 422)
      expect(paths(res), field).toEqual([field])
    }
    await expectNothingChanged()
  })

  it('unknown fields inside blocks and bylines are refused by path too, not silently dropped', async () => {
    const res = await api.patch(
      'reporter',
      story.id,
      {
        body: [{ type: 'paragraph', style: 'color:red', content: [{ text: 'Tide', bolt: true }] }],
        contributors: [{ kind: 'guest', name: 'Ana Ruiz', link: 'https://example.com/ana' }],
      },
      story.version,
    )
    expectProblem(res, 422)
    expect(paths(res).sort()).toEqual(['body.0.content.0.bolt', 'body.0.style', 'contributors.0.link'])
    await expectNothingChanged()
  })

  it('a 1 MB headline, 100,000 tags and 100,000-deep nesting are refused, and the server stays up', async () => {
    const headline = await api.send('reporter', 'POST', '/api/v1/articles', {
      headline: 'x'.repeat(1_000_000),
    })
    expectProblem(headline, 422)
    expect(paths(headline)).toEqual(['headline'])
    const tags = await api.patch('reporter', story.id, { tags: Array(100_000).fill('tide') }, story.version)
    expectProblem(tags, 422)
    expect(paths(tags)).toEqual(['tags'])
    const deep = `{"headline":"Deep","body":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const nested = await raw('reporter', 'POST', '/api/v1/articles', deep)
    expect([400, 413, 422], nested.body.slice(0, 200)).toContain(nested.statusCode)
    expect((await h.as('reporter', { url: '/api/v1/session' })).statusCode).toBe(200)
    await expectNothingChanged()
  })

  it('a body of 100,000 list items or 50,000 paragraphs is refused, though it fits the byte limit', async () => {
    const many = <T>(n: number, item: T): T[] => Array(n).fill(item)
    const bodies: Record<string, unknown> = {
      '100,000 list items': [{ type: 'list', ordered: false, items: many(100_000, [{ text: 'x' }]) }],
      '50,000 empty paragraphs': many(50_000, { type: 'paragraph', content: [] }),
    }
    const answers: Record<string, number> = {}
    for (const [what, body] of Object.entries(bodies)) {
      expect(JSON.stringify(body).length).toBeLessThan(JSON_BODY_LIMIT)
      const res = await api.send('reporter', 'POST', '/api/v1/articles', {
        headline: 'Big',
        deskId: h.deskA,
        body,
      })
      answers[what] = res.statusCode
    }
    const refused = Object.fromEntries(
      Object.keys(bodies).map((what) => [what, expect.toBeOneOf([413, 422])]),
    )
    expect(answers).toEqual(refused)
    expect((await h.as('reporter', { url: '/api/v1/session' })).statusCode).toBe(200)
    await expectNothingChanged()
  })

  it('SQL-looking text in list filters just finds nothing', async () => {
    const search = (path: string, q: string) => h.as('admin', { url: `${path}?q=${encodeURIComponent(q)}` })
    expect((await search('/api/v1/articles', 'gauges')).json().total).toBe(1) // the search itself works
    for (const q of ["%' OR 1=1 --", "' OR ''='", '%', '_', "x'); DROP TABLE articles; --", '\\']) {
      for (const path of ['/api/v1/articles', '/api/v1/assets']) {
        const res = await search(path, q)
        expect(res.statusCode, `${path} ${q}`).toBe(200)
        expect(res.json(), `${path} ${q}`).toMatchObject({ items: [], total: 0 })
      }
      const audit = await h.as('admin', { url: `/api/v1/audit?action=${encodeURIComponent(q)}` })
      expect(audit.json().items, q).toEqual([])
    }
    const desk = await h.as('reporter', { url: `/api/v1/articles?desk=${encodeURIComponent('1 OR 1=1')}` })
    expectProblem(desk, 422)
    expect(paths(desk)).toEqual(['query.desk'])
    await expectNothingChanged()
  })

  it('odd path parameters on every route with one get 404 or 422, never a server error', async () => {
    const odd = ['1e3', '-1', '0', 'abc', '1.5', '99999999999999999999', '%00', '1%20OR%201%3D1', '%27']
    for (const r of apiRoutes.filter((route) => route.path.includes('{'))) {
      for (const value of odd) {
        const url = `/api/v1${r.path.replace(/\{\w+\}/g, value)}`
        const withBody = r.method !== 'GET' && r.method !== 'DELETE'
        const res = await h.as('admin', {
          method: r.method,
          url,
          headers: {
            'if-match': `"v${story.version}"`,
            ...(withBody ? { 'content-type': 'application/json' } : {}),
          },
          ...(withBody ? { payload: '{}' } : {}),
        })
        // A push route answers an account's token (here the admin's) with 401 before it looks at its address.
        const allowed = r.access === 'source-token' ? [401] : [404, 422]
        expect(allowed, `${r.method} ${url}: ${res.body}`).toContain(res.statusCode)
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
      }
    }
    await expectNothingChanged()
  })
})

describe('script in text fields', () => {
  let h: Harness
  beforeEach(async () => {
    h = await apiHarness()
  })
  afterEach(() => h.close())

  const HEADLINE = '<script>alert(1)</script> Tide gauges </title> go live'
  const ATTRIBUTION = '<img src=x onerror=alert(2)> the <b>harbour master</b>'

  it('is refused in links, stored as text elsewhere, and the reader page shows it escaped, with no script but JSON-LD', async () => {
    const api = storyApi(h)
    // A link to a script is refused at the door, each by its path; nothing is stored.
    const scripted = await h.as(
      'reporter',
      apiRequest('POST', '/articles', {
        headline: HEADLINE,
        deskId: h.deskA,
        body: [
          { type: 'paragraph', content: [{ text: 'Read more', href: 'javascript:alert(4)' }] },
          { type: 'paragraph', content: [{ text: 'or here', href: ' JaVaScRiPt:alert(5)' }] },
        ],
      }),
    )
    expect(scripted.statusCode).toBe(422)
    expect(scripted.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body.0.content.0.href',
      'body.1.content.0.href',
    ])
    expect(await h.ctx.deps.store.articles.count()).toBe(0)

    const draft = await api.create('reporter', {
      headline: HEADLINE,
      summary: '"><svg onload=alert(3)>',
      body: [
        { type: 'paragraph', content: [{ text: 'Read more' }] },
        { type: 'paragraph', content: [{ text: 'or here' }] },
        { type: 'heading', level: 2, content: [{ text: '</h2><script>alert(6)</script>' }] },
        { type: 'quote', paragraphs: [[{ text: 'The tide waits for no one.' }]], attribution: ATTRIBUTION },
      ],
      contributors: [{ kind: 'guest', name: '<script>alert(7)</script>' }],
      dateline: { place: '<iframe src=//evil.example>' },
    })
    const stored = await h.ctx.deps.store.articles.get(draft.id)
    expect(stored).toMatchObject({ headline: HEADLINE, summary: '"><svg onload=alert(3)>' })
    expect(stored!.body[3]).toMatchObject({ attribution: ATTRIBUTION })

    const live = (await api.transition('editor', draft.id, 'publish', draft.version)).json()
    const page = await h.app.inject({ url: new URL(live.url).pathname })
    expect(page.statusCode).toBe(200)
    const elements = DomUtils.findAll(() => true, parseDocument(page.body).children)
    const named = (name: string) => elements.filter((e) => e.name === name)
    expect(new Set(named('script').map((e) => e.attribs.type))).toEqual(new Set(['application/ld+json']))
    for (const tag of ['img', 'svg', 'iframe', 'b']) expect(named(tag), tag).toEqual([])
    const handlers = elements.flatMap((e) => Object.keys(e.attribs).filter((a) => a.startsWith('on')))
    expect(handlers).toEqual([])
    const hrefs = elements.flatMap((e) => [e.attribs.href ?? '', e.attribs.src ?? ''])
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([])
    expect(page.body).not.toMatch(/javascript:/i)
    expect(DomUtils.textContent(named('h1'))).toBe(HEADLINE)
    expect(page.body).toContain('&lt;script>alert(1)&lt;/script>')
    const ld = JSON.parse(DomUtils.textContent(named('script')[0]!))
    expect(ld.headline).toBe(HEADLINE)

    for (const path of ['/', '/world']) {
      const html = (await h.app.inject({ url: path })).body
      expect(html, path).toContain('&lt;script>alert(1)&lt;/script>')
      const all = DomUtils.findAll(() => true, parseDocument(html).children)
      const scripts = all.filter((e) => e.name === 'script').map((e) => e.attribs.type)
      expect(
        scripts.filter((type) => type !== 'application/ld+json'),
        path,
      ).toEqual([])
      expect(
        all.flatMap((e) => Object.keys(e.attribs).filter((a) => a.startsWith('on'))),
        path,
      ).toEqual([])
    }
  })
})
