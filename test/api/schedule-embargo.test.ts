import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publishDueStories } from '../../src/services/newsroom/newsroom-jobs.ts'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'

describe('embargo and scheduling', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T03:00:00Z' })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  it('refuses to publish before the embargo, and publishes after it', async () => {
    const s = await api.create('reporter', { embargoedUntil: '2024-05-16T12:00:00+06:00' })
    const early = await api.transition('editor', s.id, 'publish', s.version)
    expect(early.statusCode).toBe(409)
    expect(early.json()).toMatchObject({ code: 'embargoed', embargoedUntil: '2024-05-16T06:00:00.000Z' })
    expect((await api.get('editor', s.id)).status).toBe('draft')
    h.setNow('2024-05-16T06:00:00Z')
    const ok = await api.transition('editor', s.id, 'publish', s.version)
    expect(ok.statusCode, ok.body).toBe(200)
  })

  it('refuses a schedule before the embargo or in the past', async () => {
    const s = await api.create('reporter', { embargoedUntil: '2024-05-16T06:00:00Z' })
    const beforeEmbargo = await api.transition('editor', s.id, 'schedule', s.version, {
      at: '2024-05-16T05:00:00Z',
    })
    expect(beforeEmbargo.json().code).toBe('embargoed')
    const past = await api.transition('editor', s.id, 'schedule', s.version, { at: '2024-05-16T02:00:00Z' })
    expect(past.statusCode).toBe(422)
    expect(past.json().errors).toEqual([{ path: 'at', message: 'is not in the future' }])
    const noOffset = await api.transition('editor', s.id, 'schedule', s.version, {
      at: '2024-05-16T09:00:00',
    })
    expect(noOffset.json().errors[0].path).toBe('at')
  })

  it('publishes a scheduled story when its time comes, exactly once, even with two schedulers at once', async () => {
    const s = await api.create('reporter')
    const scheduled = (
      await api.transition('editor', s.id, 'schedule', s.version, { at: '2024-05-16T04:00:00Z' })
    ).json()
    expect(scheduled).toMatchObject({ state: 'scheduled', scheduledAt: '2024-05-16T04:00:00.000Z' })
    expect(await publishDueStories(h.ctx.deps)).toEqual([])

    h.setNow('2024-05-16T04:00:01Z')
    const [a, b] = await Promise.all([publishDueStories(h.ctx.deps), publishDueStories(h.ctx.deps)])
    expect([...a, ...b]).toEqual([s.id])
    const story = await api.get('editor', s.id)
    expect(story).toMatchObject({ status: 'published', state: 'published', scheduledAt: null })
    expect(story.firstPublishedAt).toBe('2024-05-16T04:00:01.000Z')
    const audit = await h.ctx.deps.store.audit.list({
      action: 'article.publish',
      targetId: String(s.id),
      limit: 10,
      offset: 0,
    })
    expect(audit).toHaveLength(1)
    expect(
      (await h.app.inject({ url: `/world/${s.id}/tide-gauges-go-live-along-the-coast` })).statusCode,
    ).toBe(200)
  })

  it('an embargo moved past the scheduled time holds the story until it lifts', async () => {
    const s = await api.create('reporter')
    const scheduled = (
      await api.transition('editor', s.id, 'schedule', s.version, { at: '2024-05-16T04:00:00Z' })
    ).json()
    await api.patch('editor', s.id, { embargoedUntil: '2024-05-16T05:00:00Z' }, scheduled.version)
    h.setNow('2024-05-16T04:30:00Z')
    expect(await publishDueStories(h.ctx.deps)).toEqual([])
    h.setNow('2024-05-16T05:00:00Z')
    expect(await publishDueStories(h.ctx.deps)).toEqual([s.id])
  })
})
