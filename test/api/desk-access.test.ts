import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { storyApi } from '../support/story-api.ts'

describe('who reaches which story', () => {
  let h: Harness
  let api: ReturnType<typeof storyApi>
  beforeEach(async () => {
    h = await apiHarness()
    api = storyApi(h)
  })
  afterEach(() => h.close())

  it('a reporter and an editor never reach another desk’s unpublished story; a chief does', async () => {
    const other = await api.create('chief', { deskId: h.deskB, headline: 'Cup draw made in secret' })
    for (const role of ['reporter', 'editor'] as const) {
      const res = await api.send(role, 'GET', `/api/v1/articles/${other.id}`)
      expect(res.statusCode, role).toBe(404) // not even its existence
      expect((await api.patch(role, other.id, { summary: 'x' }, other.version)).statusCode, role).toBe(404)
      expect((await api.send(role, 'GET', `/api/v1/articles/${other.id}/revisions`)).statusCode, role).toBe(
        404,
      )
      const list = (await api.send(role, 'GET', '/api/v1/articles')).json()
      expect(list.items.map((a: { id: number }) => a.id)).not.toContain(other.id)
    }
    expect((await api.send('chief', 'GET', `/api/v1/articles/${other.id}`)).statusCode).toBe(200)
  })

  it('a reporter may not create on another desk, nor move a story there', async () => {
    const res = await api.send('reporter', 'POST', '/api/v1/articles', {
      headline: 'Elsewhere',
      deskId: h.deskB,
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().code).toBe('forbidden_desk')
    const mine = await api.create('reporter')
    const move = await api.patch('reporter', mine.id, { deskId: h.deskB }, mine.version)
    expect(move.statusCode).toBe(403)
  })

  it('a reporter edits their own stories, not a colleague’s on the same desk', async () => {
    const editors = await api.create('editor', { headline: 'Editor’s own story' })
    expect((await api.send('reporter', 'GET', `/api/v1/articles/${editors.id}`)).statusCode).toBe(200)
    const edit = await api.patch('reporter', editors.id, { summary: 'x' }, editors.version)
    expect(edit.statusCode).toBe(403)
    expect((await api.transition('reporter', editors.id, 'submit', editors.version)).statusCode).toBe(403)
  })

  it('published stories of any desk can be read, but not changed, by other desks', async () => {
    const other = await api.create('chief', { deskId: h.deskB, headline: 'Cup final tonight' })
    const live = (await api.transition('chief', other.id, 'publish', other.version)).json()
    expect((await api.send('editor', 'GET', `/api/v1/articles/${other.id}`)).statusCode).toBe(200)
    expect((await api.patch('editor', other.id, { summary: 'x' }, live.version)).statusCode).toBe(403)
  })
})
