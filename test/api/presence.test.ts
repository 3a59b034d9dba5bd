import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'

describe('presence: who has a story open, one editor at a time, take-over without losing text', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness({ now: '2024-05-16T04:00:00Z' })
    api = storyApi(h)
  })
  afterEach(() => h.close())

  const open = (role: 'reporter' | 'editor' | 'chief', id: number, wish: Record<string, boolean> = {}) =>
    api.send(role, 'PUT', `/api/v1/articles/${id}/presence`, wish)

  it('gives the editor to the first who asks, a reading view to the next, and lets the second take over', async () => {
    const s = await api.create('reporter', { headline: 'Ferry fares rise' })
    const first = await open('reporter', s.id, { editing: true })
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json()).toMatchObject({ youEdit: true, editingBy: { userId: h.users.reporter.id } })

    const second = (await open('editor', s.id, { editing: true })).json()
    expect(second.youEdit).toBe(false)
    expect(second.editingBy.userId).toBe(h.users.reporter.id)
    expect(second.present.map((p: { userId: number }) => p.userId)).toEqual([
      h.users.reporter.id,
      h.users.editor.id,
    ])

    const taken = (await open('editor', s.id, { takeOver: true })).json()
    expect(taken).toMatchObject({ youEdit: true, editingBy: { userId: h.users.editor.id } })
    // The reporter's next heartbeat tells them they no longer hold it; they keep their unsaved text as a revision.
    const lost = (await open('reporter', s.id, { editing: true })).json()
    expect(lost.youEdit).toBe(false)
    const kept = await api.send('reporter', 'POST', `/api/v1/articles/${s.id}/revisions`, {
      fields: { summary: 'Fares rise by a fifth from Monday.' },
      note: 'taken over by The editor',
    })
    expect(kept.statusCode, kept.body).toBe(201)
    const number = kept.json().number
    const revision = (await api.send('editor', 'GET', `/api/v1/articles/${s.id}/revisions/${number}`)).json()
    expect(revision.content.summary).toBe('Fares rise by a fifth from Monday.')
    expect(revision.note).toBe('unsaved: taken over by The editor')
    // The story itself did not change.
    expect((await api.get('editor', s.id)).summary).not.toBe('Fares rise by a fifth from Monday.')
    expect((await api.get('editor', s.id)).version).toBe(s.version)

    const audit = (await api.send('chief', 'GET', '/api/v1/audit?action=article.takeover')).json()
    expect(JSON.stringify(audit)).toContain('article.takeover')
  })

  it('forgets a screen not heard from for a minute, and one that closed', async () => {
    const s = await api.create('reporter', { headline: 'Tide gauges' })
    await open('reporter', s.id, { editing: true })
    h.setNow('2024-05-16T04:01:30Z')
    expect((await open('editor', s.id, { editing: true })).json()).toMatchObject({
      youEdit: true,
      present: [expect.objectContaining({ userId: h.users.editor.id })],
    })
    const list = (await api.send('chief', 'GET', `/api/v1/presence?articleIds=${s.id}`)).json()
    expect(list.presence[s.id].editingBy.userId).toBe(h.users.editor.id)
    expect((await api.send('editor', 'DELETE', `/api/v1/articles/${s.id}/presence`)).statusCode).toBe(204)
    expect((await api.send('chief', 'GET', `/api/v1/presence?articleIds=${s.id}`)).json().presence).toEqual(
      {},
    )
  })

  it('keeps another desk’s stories out of sight, and the editor from those who may not edit', async () => {
    const other = await api.create('chief', { headline: 'Sport draft', deskId: h.deskB })
    expect((await open('editor', other.id)).statusCode).toBe(404)
    await open('chief', other.id, { editing: true })
    expect(
      (await api.send('editor', 'GET', `/api/v1/presence?articleIds=${other.id}`)).json().presence,
    ).toEqual({})
    // A reporter may read a colleague's story on their desk but not edit it, so not hold its editor.
    const colleague = await api.create('editor', { headline: 'Editor’s own draft' })
    expect((await open('reporter', colleague.id)).statusCode).toBe(200)
    expect((await open('reporter', colleague.id, { editing: true })).statusCode).toBe(403)
    const bad = await api.send('editor', 'GET', '/api/v1/presence?articleIds=1;drop')
    expect(bad.statusCode).toBe(422)
    expect(bad.body).toContain('articleIds')
  })
})
