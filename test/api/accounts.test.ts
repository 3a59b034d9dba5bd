import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiHarness, ORIGIN, PASSWORD, type Harness } from '../support/api-harness.ts'

const json = (body: unknown) => ({
  headers: { 'content-type': 'application/json' },
  payload: JSON.stringify(body),
})

describe('accounts through the API', () => {
  let h: Harness
  beforeEach(async () => {
    h = await apiHarness()
  })
  afterEach(() => h.close())

  const signIn = (email: string, password: string) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      payload: JSON.stringify({ email, password }),
    })
  const audit = async (query: string) =>
    (await h.as('admin', { url: `/api/v1/audit?${query}` })).json().items as {
      userId: number | null
      action: string
      targetId: string
      details: Record<string, unknown>
    }[]

  it('only admins manage accounts: others get 403, anonymous callers 401', async () => {
    for (const role of ['reporter', 'editor', 'chief'] as const) {
      expect((await h.as(role, { url: '/api/v1/users' })).statusCode).toBe(403)
      const create = await h.as(role, {
        method: 'POST',
        url: '/api/v1/users',
        ...json({ email: 'x@example.com', name: 'X', role: 'reporter' }),
      })
      expect(create.statusCode).toBe(403)
    }
    expect((await h.as(null, { url: '/api/v1/users' })).statusCode).toBe(401)
    expect((await h.as(null, { url: `/api/v1/users/${h.users.reporter.id}` })).statusCode).toBe(401)
    expect((await h.app.inject({ url: '/api/v1/users/999' })).json().code).toBe('unauthenticated')
  })

  it('shows every signed-in person the staff by name and role, without e-mail addresses or disabled accounts', async () => {
    await h.as('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${h.users.chief.id}`,
      ...json({ disabled: true }),
    })
    const staff = await h.as('reporter', { url: '/api/v1/staff' })
    expect(staff.statusCode).toBe(200)
    expect(
      staff
        .json()
        .items.map((u: { name: string }) => u.name)
        .sort(),
    ).toEqual(['The admin', 'The editor', 'The reporter'])
    expect(staff.json().items.find((u: { role: string }) => u.role === 'editor')).toEqual({
      id: h.users.editor.id,
      name: 'The editor',
      role: 'editor',
      deskIds: [h.deskA],
    })
    expect(staff.body).not.toContain('@example.com')
    expect((await h.as(null, { url: '/api/v1/staff' })).statusCode).toBe(401)
  })

  it('lists and shows accounts, never with a password hash', async () => {
    const list = await h.as('admin', { url: '/api/v1/users' })
    expect(list.statusCode).toBe(200)
    expect(
      list
        .json()
        .items.map((u: { email: string }) => u.email)
        .sort(),
    ).toEqual(['admin@example.com', 'chief@example.com', 'editor@example.com', 'reporter@example.com'])
    const one = await h.as('admin', { url: `/api/v1/users/${h.users.editor.id}` })
    expect(one.json()).toMatchObject({ email: 'editor@example.com', role: 'editor', deskIds: [h.deskA] })
    for (const body of [list.body, one.body]) expect(body).not.toMatch(/passwordHash|scrypt/)
    expect((await h.as('admin', { url: '/api/v1/users/999' })).statusCode).toBe(404)
  })

  it('creates an account with a one-time password, shown once, that must be changed at the first sign-in', async () => {
    const res = await h.as('admin', {
      method: 'POST',
      url: '/api/v1/users',
      ...json({ email: ' Rina@Example.com ', name: 'Rina Akter', role: 'reporter', deskIds: [h.deskB] }),
    })
    expect(res.statusCode, res.body).toBe(201)
    const { user, oneTimePassword } = res.json()
    expect(user).toMatchObject({ email: 'rina@example.com', deskIds: [h.deskB], mustChangePassword: true })
    expect(oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/)
    expect(res.headers.location).toBe(`/api/v1/users/${user.id}`)
    expect((await h.as('admin', { url: `/api/v1/users/${user.id}` })).body).not.toContain(oneTimePassword)

    const session = await signIn('rina@example.com', oneTimePassword)
    expect(session.statusCode).toBe(200)
    expect(session.json().user.mustChangePassword).toBe(true)

    const withPassword = await h.as('admin', {
      method: 'POST',
      url: '/api/v1/users',
      ...json({ email: 'sam@example.com', name: 'Sam', role: 'editor', password: 'a long enough secret' }),
    })
    expect(withPassword.json().oneTimePassword).toBeUndefined()
    expect(withPassword.json().user.mustChangePassword).toBe(false)
    expect((await signIn('sam@example.com', 'a long enough secret')).statusCode).toBe(200)
  })

  it('refuses invalid accounts, naming each field, and creates nothing', async () => {
    const post = (body: unknown) => h.as('admin', { method: 'POST', url: '/api/v1/users', ...json(body) })
    const cases: [unknown, string][] = [
      [{ email: 'a@example.com', name: 'A', role: 'reporter', admin: true }, 'admin'],
      [{ email: 'a@example.com', name: 'A', role: 'boss' }, 'role'],
      [{ email: 'not-an-email', name: 'A', role: 'reporter' }, 'email'],
      [{ email: 'a@example.com', name: 'A', role: 'reporter', password: 'short' }, 'password'],
      [{ email: 'a@example.com', name: 'A', role: 'reporter', deskIds: [999] }, 'deskIds.0'],
    ]
    for (const [body, path] of cases) {
      const res = await post(body)
      expect(res.statusCode, JSON.stringify(body)).toBe(422)
      expect(res.headers['content-type']).toContain('application/problem+json')
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path)
    }
    const taken = await post({ email: 'editor@example.com', name: 'Again', role: 'editor' })
    expect(taken.statusCode).toBe(409)
    expect(taken.json().code).toBe('email_taken')
    expect((await h.as('admin', { url: '/api/v1/users' })).json().items).toHaveLength(4)
  })

  it('disabling an account ends its token and sessions at once; the change is audited', async () => {
    const cookie = (await signIn('reporter@example.com', PASSWORD)).cookies[0]!
    const asReporterCookie = () =>
      h.app.inject({ url: '/api/v1/session', cookies: { [cookie.name]: cookie.value } })
    expect((await h.as('reporter', { url: '/api/v1/session' })).statusCode).toBe(200)
    expect((await asReporterCookie()).statusCode).toBe(200)

    const res = await h.as('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${h.users.reporter.id}`,
      ...json({ disabled: true }),
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().disabled).toBe(true)
    expect((await h.as('reporter', { url: '/api/v1/session' })).statusCode).toBe(401)
    expect((await asReporterCookie()).statusCode).toBe(401)
    expect((await signIn('reporter@example.com', PASSWORD)).statusCode).toBe(401)

    const [entry] = await audit(`action=user.update&targetId=${h.users.reporter.id}`)
    expect(entry).toMatchObject({ userId: h.users.admin.id, details: { change: { disabled: true } } })
  })

  it('changes role, desks and name; refuses unknown fields and desks by name', async () => {
    const url = `/api/v1/users/${h.users.reporter.id}`
    const res = await h.as('admin', {
      method: 'PATCH',
      url,
      ...json({ role: 'editor', deskIds: [h.deskA, h.deskB], name: 'Rina the editor' }),
    })
    expect(res.json()).toMatchObject({ role: 'editor', deskIds: [h.deskA, h.deskB], name: 'Rina the editor' })
    const unknown = await h.as('admin', { method: 'PATCH', url, ...json({ role: 'chief', password: 'x' }) })
    expect(unknown.statusCode).toBe(422)
    expect(unknown.json().errors).toEqual([{ path: 'password', message: 'is not a known field' }])
    const desk = await h.as('admin', { method: 'PATCH', url, ...json({ deskIds: [h.deskA, 999] }) })
    expect(desk.statusCode).toBe(422)
    expect(desk.json().errors).toEqual([{ path: 'deskIds.1', message: 'no desk with id 999' }])
    const empty = await h.as('admin', { method: 'PATCH', url, ...json({}) })
    expect(empty.statusCode).toBe(422)
    expect((await h.as('admin', { url })).json().role).toBe('editor')
    expect(
      (await h.as('admin', { method: 'PATCH', url: '/api/v1/users/999', ...json({ name: 'X' }) })).statusCode,
    ).toBe(404)
  })

  it('an admin may not disable or demote themselves, so the newsroom cannot lock itself out', async () => {
    const self = `/api/v1/users/${h.users.admin.id}`
    for (const change of [{ disabled: true }, { role: 'chief' }]) {
      const res = await h.as('admin', { method: 'PATCH', url: self, ...json(change) })
      expect(res.statusCode).toBe(409)
      expect(res.json()).toMatchObject({
        code: 'self_lockout',
        detail: expect.stringContaining('another admin'),
      })
    }
    expect((await h.as('admin', { url: self })).json()).toMatchObject({ role: 'admin', disabled: false })
    expect((await h.as('admin', { url: '/api/v1/session' })).statusCode).toBe(200)
    expect(
      (await h.as('admin', { method: 'PATCH', url: self, ...json({ name: 'Chief admin' }) })).statusCode,
    ).toBe(200)

    // Another admin may do it.
    const other = await h.as('admin', {
      method: 'POST',
      url: '/api/v1/users',
      ...json({
        email: 'second@example.com',
        name: 'Second',
        role: 'admin',
        password: 'another long secret',
      }),
    })
    const token = (
      await h.as('admin', { method: 'POST', url: `/api/v1/users/${other.json().user.id}/tokens` })
    ).json().token
    const demote = await h.app.inject({
      method: 'PATCH',
      url: self,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ role: 'chief' }),
    })
    expect(demote.statusCode, demote.body).toBe(200)
    expect((await h.as('admin', { url: '/api/v1/users' })).statusCode).toBe(403)
  })

  it('an admin makes an integration token for an account: shown once, works as a bearer token, audited', async () => {
    const res = await h.as('admin', {
      method: 'POST',
      url: `/api/v1/users/${h.users.editor.id}/tokens`,
      ...json({ name: 'wire bridge' }),
    })
    expect(res.statusCode, res.body).toBe(201)
    const created = res.json()
    expect(created).toMatchObject({ name: 'wire bridge', userId: h.users.editor.id })
    expect(created.token).toMatch(/^dlt_/)
    const me = await h.app.inject({
      url: '/api/v1/session',
      headers: { authorization: `Bearer ${created.token}` },
    })
    expect(me.json()).toMatchObject({ via: 'token', user: { email: 'editor@example.com' } })

    const [entry] = await audit(`action=token.create&targetId=${created.id}`)
    expect(entry).toMatchObject({
      userId: h.users.admin.id,
      details: { name: 'wire bridge', forUserId: h.users.editor.id },
    })
    expect(JSON.stringify(entry)).not.toContain(created.token)

    expect(
      (await h.as('editor', { method: 'POST', url: `/api/v1/users/${h.users.editor.id}/tokens` })).statusCode,
    ).toBe(403)
    expect((await h.as('admin', { method: 'POST', url: '/api/v1/users/999/tokens' })).statusCode).toBe(404)
    await h.as('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${h.users.editor.id}`,
      ...json({ disabled: true }),
    })
    const disabled = await h.as('admin', { method: 'POST', url: `/api/v1/users/${h.users.editor.id}/tokens` })
    expect(disabled.statusCode).toBe(409)
    expect(disabled.json().code).toBe('user_disabled')
  })

  it('the audit log: chiefs and admins read it, filtered and paged; others may not', async () => {
    await h.as('admin', {
      method: 'POST',
      url: '/api/v1/users',
      ...json({ email: 'new@example.com', name: 'New', role: 'reporter' }),
    })
    const created = await h.as('chief', { url: '/api/v1/audit?action=user.create&limit=2' })
    expect(created.statusCode).toBe(200)
    const page = created.json()
    expect(page.items).toHaveLength(2)
    expect(page.items[0]).toMatchObject({
      action: 'user.create',
      userId: h.users.admin.id,
      targetType: 'user',
    })
    expect(page.items[0].details).toMatchObject({ email: 'new@example.com', role: 'reporter' })
    expect(page.nextOffset).toBe(2)
    // The harness made four accounts before this one.
    const rest = (await h.as('chief', { url: '/api/v1/audit?action=user.create&limit=2&offset=4' })).json()
    expect(rest.items).toHaveLength(1)
    expect(rest.nextOffset).toBeNull()
    const byType = (await h.as('admin', { url: '/api/v1/audit?targetType=token' })).json().items
    expect(byType.length).toBe(4)
    for (const role of ['reporter', 'editor'] as const) {
      expect((await h.as(role, { url: '/api/v1/audit' })).statusCode).toBe(403)
    }
    expect((await h.as(null, { url: '/api/v1/audit' })).statusCode).toBe(401)
    const bad = await h.as('admin', { url: '/api/v1/audit?limit=500&colour=red' })
    expect(bad.statusCode).toBe(422)
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['query.colour', 'query.limit'])
  })
})
