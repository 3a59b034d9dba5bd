import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { openAppContext, type AppContext } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import type { Role } from '../../src/core/roles.ts'
import { createServer } from '../../src/http/create-server.ts'
import { issueToken } from '../../src/services/accounts/user-admin.ts'
import { createUser } from '../../src/services/accounts/users.ts'
import { createDesk } from '../../src/services/desk-service.ts'
import { RenderCache } from '../../src/site/cache/render-cache.ts'
import { mediaRoot } from '../../src/media/file-media-storage.ts'

export const ORIGIN = 'http://localhost:3000'
export const PASSWORD = 'correct horse battery'

export interface Harness {
  ctx: AppContext
  app: FastifyInstance
  cache: RenderCache
  /** Desk A (where every test user works) and desk B (where none does, but chief and admin reach). */
  deskA: number
  deskB: number
  sectionId: number
  users: Record<Role, { id: number; email: string; token: string }>
  /** A request as that role (with its bearer token), or anonymous. */
  as(role: Role | null, options: InjectOptions): Promise<LightMyRequestResponse>
  /** Changes the harness clock. */
  setNow(iso: string): void
  close(): Promise<void>
}

/** A whole Dateline (SQLite, real services, the real HTTP server without a socket) with one user per role. */
export async function apiHarness(
  options: { now?: string; databaseUrl?: string; schema?: string; sitemapSize?: number } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-api-'))
  const databaseUrl =
    options.databaseUrl && options.schema
      ? `${options.databaseUrl}?options=${encodeURIComponent(`-c search_path=${options.schema}`)}`
      : (options.databaseUrl ?? '')
  const ctx = await openAppContext(loadConfig({ data: dir }, { DATABASE_URL: databaseUrl }), {
    logger: { info() {}, warn() {}, error: (m) => console.error(m) },
  })
  let now = new Date(options.now ?? '2024-05-16T03:00:00Z')
  ctx.deps.clock = { now: () => now }
  const { store } = ctx.deps
  const section = await store.sections.create({ name: 'World', slug: 'world', position: 1 })
  const deskA = await createDesk(store, { name: 'International Desk', defaultSectionId: section.id })
  const deskB = await createDesk(store, { name: 'Sport Desk', defaultSectionId: null })
  await store.settings.set('siteUrl', ORIGIN)

  const users = {} as Harness['users']
  for (const role of ['reporter', 'editor', 'chief', 'admin'] as const) {
    const email = `${role}@example.com`
    const { user } = await createUser(
      ctx.deps,
      { email, name: `The ${role}`, role, deskIds: [deskA.id] },
      { password: PASSWORD, byUserId: null, ip: null },
    )
    users[role] = {
      id: user.id,
      email,
      token: (await issueToken(ctx.deps, { user: email, name: 'tests' }, { userId: null, ip: null })).token,
    }
  }
  const cache = new RenderCache({
    maxBytes: 1e7,
    commonHeaders: {},
    cacheControl: 'public, max-age=60',
    now: () => now.getTime(),
  })
  ctx.deps.events.subscribe((change) => cache.invalidate(change.keys))
  const app = await createServer({
    store,
    cache,
    clock: ctx.deps.clock,
    logger: ctx.deps.logger,
    mediaDir: mediaRoot(dir),
    services: ctx.deps,
    ...(options.sitemapSize ? { sitemapSize: options.sitemapSize } : {}),
  })
  await app.ready()

  return {
    ctx,
    app,
    cache,
    deskA: deskA.id,
    deskB: deskB.id,
    sectionId: section.id,
    users,
    as(role, opts) {
      const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) }
      if (role) headers.authorization = `Bearer ${users[role].token}`
      return app.inject({ ...opts, headers })
    },
    setNow(iso) {
      now = new Date(iso)
    },
    async close() {
      await app.close()
      await ctx.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
