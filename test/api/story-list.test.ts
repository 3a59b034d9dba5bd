import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'

describe('the newsroom’s story list (GET /api/v1/articles)', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness()
    api = storyApi(h)
  })
  afterEach(() => h.close())

  it('filters by several workflow states at once, and names a state it does not know', async () => {
    const draft = await api.create('reporter', { headline: 'Draft one' })
    const submitted = await api.create('reporter', { headline: 'Submitted one' })
    await api.transition('reporter', submitted.id, 'submit', submitted.version)
    const spiked = await api.create('reporter', { headline: 'Spiked one' })
    await api.transition('reporter', spiked.id, 'spike', spiked.version)

    const list = async (query: string) =>
      (await api.send('editor', 'GET', `/api/v1/articles?desk=${h.deskA}&${query}`)).json()
    const ids = async (query: string) =>
      (await list(query)).items.map((s: { id: number }) => s.id).sort((a: number, b: number) => a - b)
    expect(await ids('state=draft,submitted')).toEqual([draft.id, submitted.id])
    expect(await ids('state=submitted')).toEqual([submitted.id])
    expect(await ids('state=spiked,spiked')).toEqual([spiked.id])
    const bad = await api.send('editor', 'GET', '/api/v1/articles?state=draft,lost')
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('state')
  })
})
