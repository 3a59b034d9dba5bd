import Fastify, { type FastifyInstance } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Store } from '../core/ports.ts'
import { storyValues, tempStore } from '../../test/support/temp-store.ts'
import { RenderCache } from './cache/render-cache.ts'
import { registerSiteRoutes } from './site-routes.ts'

describe('site routes', () => {
  let store: Store
  let cleanup: () => Promise<void>
  let app: FastifyInstance
  let cache: RenderCache

  beforeEach(async () => {
    ;({ store, cleanup } = await tempStore())
    const now = new Date('2024-06-13T06:00:00Z')
    cache = new RenderCache({
      maxBytes: 1e7,
      commonHeaders: {},
      cacheControl: 'public, max-age=60',
      now: () => now.getTime(),
    })
    app = Fastify()
    registerSiteRoutes(app, { store, cache, clock: { now: () => now } })
    const world = await store.sections.create({ name: 'World', slug: 'world', position: 1 })
    await store.articles.create(storyValues({ sectionId: world.id, slug: 'tide' }), '2024-06-13T06:00:00Z')
  })
  afterEach(async () => {
    await app.close()
    await cleanup()
  })

  it('serves the front page, a section and a story, and caches each once', async () => {
    for (const url of ['/', '/world', '/world/1/tide']) {
      expect((await app.inject({ url })).statusCode, url).toBe(200)
      expect((await app.inject({ url })).statusCode, url).toBe(200)
    }
    expect(cache.stats()).toMatchObject({ entries: 3, misses: 3, hits: 3 })
  })

  it('ignores unknown query parameters, so they cannot fill the cache', async () => {
    for (let i = 0; i < 5; i++)
      expect((await app.inject({ url: `/world?utm_source=x${i}` })).statusCode).toBe(200)
    expect(cache.stats().entries).toBe(1)
  })

  it('answers 404 for a bad page number, an unknown section and an unknown story', async () => {
    for (const url of [
      '/world?page=abc',
      '/world?page=0',
      '/?page=2',
      '/nowhere',
      '/world/99/x',
      '/world/1/tide/extra',
    ]) {
      expect((await app.inject({ url })).statusCode, url).toBe(404)
    }
  })

  it('answers HEAD with the headers and no body', async () => {
    const head = await app.inject({ method: 'HEAD', url: '/world/1/tide' })
    expect(head.statusCode).toBe(200)
    expect(Number(head.headers['content-length'])).toBeGreaterThan(1000)
    expect(head.body).toBe('')
  })

  it('redirects a story address without its slug', async () => {
    const res = await app.inject({ url: '/world/1' })
    expect(res.statusCode).toBe(301)
    expect(res.headers.location).toBe('/world/1/tide')
  })
})
