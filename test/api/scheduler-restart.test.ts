import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openAppContext, startSite, type AppContext } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { publishDueStories } from '../../src/services/newsroom/newsroom-jobs.ts'
import { createStory } from '../../src/services/newsroom/create-story.ts'
import { transitionStory } from '../../src/services/newsroom/transition-story.ts'
import { createDesk } from '../../src/services/desk-service.ts'
import { createUser } from '../../src/services/accounts/users.ts'
import { hasPostgres, testDatabases } from '../support/test-databases.ts'

const quiet = { logger: { info() {}, warn() {}, error: (m: string) => console.error(m) } }
async function aChief(ctx: AppContext) {
  const { user } = await createUser(
    ctx.deps,
    { email: 'chief@example.com', name: 'Chief', role: 'chief', deskIds: [] },
    { password: 'a long enough password', byUserId: null, ip: null },
  )
  return { userId: user.id, role: 'chief' as const, deskIds: [] }
}

async function scheduleOne(ctx: AppContext, at: string): Promise<number> {
  const chief = await aChief(ctx)
  const desk = await createDesk(ctx.deps.store, { name: 'International Desk', defaultSectionId: null })
  const story = await createStory(
    ctx.deps,
    chief,
    { headline: 'Night ferry timetable changes', deskId: desk.id },
    { ip: null },
  )
  await transitionStory(ctx.deps, chief, story.id, { transition: 'schedule', at }, story.version, {
    ip: null,
  })
  return story.id
}

describe('scheduled publishing survives downtime', () => {
  it('a time missed while the server was down publishes at start-up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-restart-'))
    const config = loadConfig({ data: dir, port: 0, host: '127.0.0.1' }, { DATABASE_URL: '' })
    let now = new Date('2024-05-16T03:00:00Z')

    const first = await openAppContext(config, quiet)
    first.deps.clock = { now: () => now }
    const id = await scheduleOne(first, '2024-05-16T04:00:00Z')
    await first.close() // the server goes down before the time comes

    now = new Date('2024-05-16T09:00:00Z') // and comes back hours later
    const second = await openAppContext(config, quiet)
    second.deps.clock = { now: () => now }
    const site = await startSite(second)
    await site.jobs.runAll()
    const story = await second.deps.store.articles.get(id)
    expect(story).toMatchObject({
      status: 'published',
      state: 'published',
      firstPublishedAt: '2024-05-16T09:00:00.000Z',
    })
    await site.close()
    await second.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const pg = testDatabases.find((d) => d.db.name === 'postgres')!
  it.skipIf(!hasPostgres)(
    'two app nodes on one PostgreSQL database publish a due story exactly once',
    async () => {
      const options = await pg.db.create()
      const url = `${options.databaseUrl}?options=${encodeURIComponent(`-c search_path=${options.schema}`)}`
      const now = new Date('2024-05-16T03:00:00Z')
      const nodes = await Promise.all(
        [1, 2].map(async () => {
          const ctx = await openAppContext(
            loadConfig({ data: options.dataDir }, { DATABASE_URL: url }),
            quiet,
          )
          ctx.deps.clock = { now: () => now }
          return ctx
        }),
      )
      // Five stories whose scheduled time has passed (written directly: scheduling in the past is refused).
      const ctx = nodes[0]!
      const chief = await aChief(ctx)
      const desk = await createDesk(ctx.deps.store, { name: 'International Desk', defaultSectionId: null })
      const due: number[] = []
      for (let i = 0; i < 5; i++) {
        const story = await createStory(
          ctx.deps,
          chief,
          { headline: `Due story ${i}`, deskId: desk.id },
          { ip: null },
        )
        await ctx.deps.store.articles.update(
          story.id,
          { state: 'scheduled', scheduledAt: '2024-05-16T02:59:00Z' },
          now.toISOString(),
        )
        due.push(story.id)
      }
      const [a, b] = await Promise.all(nodes.map((n) => publishDueStories(n.deps)))
      expect([...a!, ...b!].sort((x, y) => x - y)).toEqual(due)
      const audits = await nodes[0]!.deps.store.audit.list({
        action: 'article.publish',
        limit: 100,
        offset: 0,
      })
      expect(audits.filter((e) => e.details.by === 'scheduler')).toHaveLength(5)
      for (const n of nodes) await n.close()
      await options.cleanup()
    },
  )
})
