import Fastify, { type FastifyInstance } from 'fastify'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerAdminRoutes } from './admin-routes.ts'

const INDEX =
  '<!doctype html><title>Newsroom</title><script type="module" src="/admin/assets/app-1a2b.js"></script>'
const SCRIPT = 'console.log("newsroom")'

async function serverFor(dir: string): Promise<FastifyInstance> {
  const app = Fastify()
  await registerAdminRoutes(app, { dir })
  app.setNotFoundHandler((_req, reply) => reply.status(404).send('not found'))
  await app.ready()
  return app
}

describe('registerAdminRoutes()', () => {
  let dir: string
  let app: FastifyInstance
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-admin-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), INDEX)
    writeFileSync(join(dir, 'build.json'), '{"private": true}')
    writeFileSync(join(dir, 'assets', 'app-1a2b.js'), SCRIPT)
    writeFileSync(join(dir, 'assets', 'app-1a2b.js.gz'), gzipSync(SCRIPT))
    app = await serverFor(dir)
  })
  afterAll(async () => {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it.each(['/admin', '/admin/', '/admin/desks/3', '/admin/stories/12', '/admin/no/such/screen'])(
    'answers %s with the app’s page, asked for anew each time, under a policy allowing only its own files',
    async (url) => {
      const res = await app.inject({ url })
      expect(res.statusCode).toBe(200)
      expect(res.body).toBe(INDEX)
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(res.headers['cache-control']).toBe('no-cache')
      const csp = String(res.headers['content-security-policy'])
      expect(csp).toContain("script-src 'self';")
      expect(csp).toContain("style-src 'self';")
      expect(csp).toContain("connect-src 'self';")
      expect(csp).toContain("frame-ancestors 'none'")
      // The story page shows the reader's preview (same origin) in a frame; nothing else may be framed.
      expect(csp).toContain("frame-src 'self';")
      expect(csp).not.toContain('unsafe')
      expect(res.headers['x-robots-tag']).toBe('noindex, nofollow')
    },
  )

  it('serves hashed files for a year, and the compressed copy the browser accepts', async () => {
    const plain = await app.inject({ url: '/admin/assets/app-1a2b.js' })
    expect(plain.statusCode).toBe(200)
    expect(plain.body).toBe(SCRIPT)
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(plain.headers['content-type']).toMatch(/javascript/)
    expect(plain.headers['x-content-type-options']).toBe('nosniff')
    const gzipped = await app.inject({
      url: '/admin/assets/app-1a2b.js',
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.headers.vary).toContain('accept-encoding')
  })

  it('answers a missing file below /admin/assets/ with 404, not with the page', async () => {
    const res = await app.inject({ url: '/admin/assets/app-0000.js' })
    expect(res.statusCode).toBe(404)
    // No way out of the assets folder, however the path is spelled.
    for (const url of [
      '/admin/assets/%2e%2e/build.json',
      '/admin/assets/..%2fbuild.json',
      '/admin/assets/../build.json',
    ]) {
      expect((await app.inject({ url })).body, url).not.toContain('private')
    }
  })

  it('says how to build the app when it has not been built', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'dateline-admin-'))
    const bare = await serverFor(join(empty, 'missing'))
    try {
      const res = await bare.inject({ url: '/admin/desks/1' })
      expect(res.statusCode).toBe(503)
      expect(res.body).toContain('npm run build')
      expect(res.headers['cache-control']).toBe('no-store')
    } finally {
      await bare.close()
      rmSync(empty, { recursive: true, force: true })
    }
  })
})
