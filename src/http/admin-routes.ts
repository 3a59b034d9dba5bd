import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** Where `npm run build` puts the newsroom app (see admin/vite.config.ts). */
export const defaultAdminDir = fileURLToPath(new URL('../../dist/admin/', import.meta.url))

/**
 * The newsroom app runs only its own bundled files and talks only to this origin. It sets no inline styles or
 * scripts, so nothing needs a hash or 'unsafe-inline'; `blob:` pictures are there for previews of uploads to come.
 */
export const adminSecurityHeaders: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'x-robots-tag': 'noindex, nofollow',
}

async function sendIndex(dir: string, reply: FastifyReply): Promise<FastifyReply> {
  let html: Buffer
  try {
    html = await readFile(join(dir, 'index.html'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    return reply
      .status(503)
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'no-store')
      .send('The newsroom app is not built yet: run npm run build, then reload this page')
  }
  // The page is tiny and names its hashed files: browsers ask again each time, so a new build shows at once.
  return reply
    .headers(adminSecurityHeaders)
    .header('cache-control', 'no-cache')
    .type('text/html; charset=utf-8')
    .send(html)
}

/**
 * The newsroom in the browser: its hashed files under /admin/assets/ (kept a year), and its one page for /admin and
 * every path below it, where the app does its own routing. The app reads and writes only through /api/v1.
 */
export async function registerAdminRoutes(
  app: FastifyInstance,
  options: { dir?: string } = {},
): Promise<void> {
  const dir = options.dir ?? defaultAdminDir
  // A file's name carries the hash of its content, so a name never changes meaning. The build writes .br and .gz
  // copies beside each file; the one the browser accepts is sent. The folder may appear after start (npm run build).
  await app.register(fastifyStatic, {
    root: join(dir, 'assets'),
    prefix: '/admin/assets/',
    immutable: true,
    maxAge: '365d',
    preCompressed: true,
    index: false,
    list: false,
    decorateReply: false,
    setHeaders: (reply) => reply.header('x-content-type-options', 'nosniff'),
  })
  app.get('/admin', (_req, reply) => sendIndex(dir, reply))
  app.get('/admin/*', (_req, reply) => sendIndex(dir, reply))
}
