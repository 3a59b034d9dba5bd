import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'

describe('revisions', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness()
    api = storyApi(h)
  })
  afterEach(() => h.close())

  it('records every save with who, when and which fields, and compares any two', async () => {
    const s = await api.create('reporter')
    h.setNow('2024-05-16T03:10:00Z')
    const v2 = (
      await api.patch('reporter', s.id, { headline: 'Tide gauges go live on the whole coast' }, s.version)
    ).json()
    h.setNow('2024-05-16T03:20:00Z')
    await api.patch(
      'editor',
      s.id,
      {
        body: [
          { type: 'paragraph', content: [{ text: 'Fourteen gauges now report.' }] },
          { type: 'heading', level: 2, content: [{ text: 'Where they are' }] },
        ],
      },
      v2.version,
    )
    const list = (await api.send('reporter', 'GET', `/api/v1/articles/${s.id}/revisions`)).json().items
    expect(list.map((r: { number: number }) => r.number)).toEqual([3, 2, 1])
    expect(list[0]).toMatchObject({
      changedFields: ['body'],
      userId: h.users.editor.id,
      note: 'edit',
      createdAt: '2024-05-16T03:20:00.000Z',
    })
    expect(list[1]).toMatchObject({ changedFields: ['slug', 'headline'], userId: h.users.reporter.id })
    expect(list[2].note).toBe('create')

    const cmp = (
      await api.send('reporter', 'GET', `/api/v1/articles/${s.id}/revisions/compare?from=1&to=3`)
    ).json()
    expect(cmp.diff.fields.map((f: { field: string }) => f.field)).toEqual(['slug', 'headline'])
    expect(cmp.diff.body).toEqual([
      {
        op: 'changed',
        before: 'Twelve gauges now report.',
        after: 'Fourteen gauges now report.',
        words: [
          { op: 'removed', text: 'Twelve' },
          { op: 'added', text: 'Fourteen' },
          { op: 'same', text: ' gauges now report.' },
        ],
      },
      { op: 'added', text: '## Where they are' },
    ])
  })

  it('restores an old revision as a new save, refusing a stale version', async () => {
    const s = await api.create('reporter')
    const v2 = (await api.patch('reporter', s.id, { summary: 'A wrong summary.' }, s.version)).json()
    expect(
      (await api.send('reporter', 'POST', `/api/v1/articles/${s.id}/revisions/1/restore`, {}, s.version))
        .statusCode,
    ).toBe(409)
    const restored = await api.send(
      'reporter',
      'POST',
      `/api/v1/articles/${s.id}/revisions/1/restore`,
      {},
      v2.version,
    )
    expect(restored.statusCode, restored.body).toBe(200)
    expect(restored.json().summary).toBe('Readings every ten minutes.')
    const list = (await api.send('reporter', 'GET', `/api/v1/articles/${s.id}/revisions`)).json().items
    expect(list[0]).toMatchObject({ number: 3, note: 'restore of revision 1', changedFields: ['summary'] })
    expect((await api.send('reporter', 'GET', `/api/v1/articles/${s.id}/revisions/9`)).statusCode).toBe(404)
  })

  it('restoring on a published story makes a pending update, not a silent change to the page', async () => {
    const s = await api.create('reporter')
    const live = (await api.transition('editor', s.id, 'publish', s.version)).json()
    const edited = (await api.patch('editor', s.id, { summary: 'Changed.' }, live.version)).json()
    const published = (await api.transition('editor', s.id, 'publish', edited.version)).json()
    const back = (
      await api.send('editor', 'POST', `/api/v1/articles/${s.id}/revisions/1/restore`, {}, published.version)
    ).json()
    expect(back).toMatchObject({
      hasPendingChanges: true,
      summary: 'Readings every ten minutes.',
      status: 'published',
    })
    const page = await h.app.inject({ url: `/world/${s.id}/tide-gauges-go-live-along-the-coast` })
    expect(page.body).toContain('Changed.')
  })
})
