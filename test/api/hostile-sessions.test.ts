import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '../../src/api/request-principal.ts'
import { SESSION_DAYS, SIGN_IN_LIMITS } from '../../src/services/accounts/sessions.ts'
import { apiHarness, ORIGIN, PASSWORD, type Harness } from '../support/api-harness.ts'
import { storeSnapshot } from '../support/store-snapshot.ts'
import { storyApi } from '../support/story-api.ts'

const START = '2024-05-16T03:00:00.000Z'
const later = (ms: number) => new Date(Date.parse(START) + ms).toISOString()

function expectProblem(res: LightMyRequestResponse, status: number, code: string) {
  expect(res.statusCode, res.body).toBe(status)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  expect(res.json().code).toBe(code)
}

describe('forged, expired and cross-site credentials', () => {
  let h: Harness
  let story: { id: number; version: number }
  let before: Awaited<ReturnType<typeof storeSnapshot>>
  beforeEach(async () => {
    h = await apiHarness({ now: START })
    story = await storyApi(h).create('reporter')
    before = await storeSnapshot(h.ctx.deps.store)
  })
  afterEach(() => h.close())

  const expectNothingChanged = async () => expect(await storeSnapshot(h.ctx.deps.store)).toEqual(before)
  const signIn = async (headers: Record<string, string> = { origin: ORIGIN }) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/json', ...headers },
      payload: JSON.stringify({ email: h.users.reporter.email, password: PASSWORD }),
    })
  const sessionCookie = async () => {
    const res = await signIn()
    expect(res.statusCode, res.body).toBe(200)
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' })
    return cookie.value
  }
  /** An edit of the story, with whatever credentials and headers are given. */
  const edit = (extra: Partial<InjectOptions> & { headers?: Record<string, string> }) =>
    h.app.inject({
      ...extra,
      method: 'PATCH',
      url: `/api/v1/articles/${story.id}`,
      headers: { 'content-type': 'application/json', 'if-match': `"v${story.version}"`, ...extra.headers },
      payload: JSON.stringify({ headline: 'Defaced' }),
    })
  const whoAmI = (extra: InjectOptions) => h.app.inject({ ...extra, url: '/api/v1/session' })

  it('a forged session cookie is not signed in: 401, and the cookie is cleared', async () => {
    const cookies = { [SESSION_COOKIE]: 'dls_forged0000000000000000000000000000000' }
    expectProblem(await whoAmI({ cookies }), 401, 'unauthenticated')
    const res = await edit({ cookies, headers: { origin: ORIGIN } })
    expectProblem(res, 401, 'unauthenticated')
    expect(res.headers['set-cookie']).toMatch(new RegExp(`^${SESSION_COOKIE}=;`))
    await expectNothingChanged()
  })

  it(`a session expires after ${SESSION_DAYS} days: 401 from then on`, async () => {
    const cookies = { [SESSION_COOKIE]: await sessionCookie() }
    before = await storeSnapshot(h.ctx.deps.store)
    h.setNow(later(SESSION_DAYS * 86_400_000 - 60_000))
    expect((await whoAmI({ cookies })).statusCode).toBe(200)
    h.setNow(later(SESSION_DAYS * 86_400_000 + 1_000))
    expectProblem(await whoAmI({ cookies }), 401, 'unauthenticated')
    expectProblem(await edit({ cookies, headers: { origin: ORIGIN } }), 401, 'unauthenticated')
    await expectNothingChanged()
  })

  it('a signed-out session cookie no longer works', async () => {
    const cookies = { [SESSION_COOKIE]: await sessionCookie() }
    const out = await h.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      cookies,
      headers: { origin: ORIGIN },
    })
    expect(out.statusCode).toBe(200)
    before = await storeSnapshot(h.ctx.deps.store)
    expectProblem(await edit({ cookies, headers: { origin: ORIGIN } }), 401, 'unauthenticated')
    await expectNothingChanged()
  })

  it('a made-up or malformed bearer token gets 401, even on a public route', async () => {
    for (const authorization of [
      'Bearer dlt_madeup000000000000000000000',
      'Bearer',
      'Basic cmVwb3J0ZXI6eA==',
    ]) {
      expectProblem(await edit({ headers: { authorization } }), 401, 'unauthenticated')
      expectProblem(await whoAmI({ headers: { authorization } }), 401, 'unauthenticated')
      const sections = await h.app.inject({ url: '/api/v1/sections', headers: { authorization } })
      expectProblem(sections, 401, 'unauthenticated')
    }
    await expectNothingChanged()
  })

  it('the bearer token and session of a disabled account get 401 at once', async () => {
    const cookies = { [SESSION_COOKIE]: await sessionCookie() }
    const disable = await h.as('admin', {
      method: 'PATCH',
      url: `/api/v1/users/${h.users.reporter.id}`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ disabled: true }),
    })
    expect(disable.statusCode, disable.body).toBe(200)
    before = await storeSnapshot(h.ctx.deps.store)
    const authorization = `Bearer ${h.users.reporter.token}`
    expectProblem(await edit({ headers: { authorization } }), 401, 'unauthenticated')
    expectProblem(await edit({ cookies, headers: { origin: ORIGIN } }), 401, 'unauthenticated')
    await expectNothingChanged()
  })

  it('a write with a valid session cookie from another site, or from nowhere, gets 403 csrf_rejected', async () => {
    const cookies = { [SESSION_COOKIE]: await sessionCookie() }
    before = await storeSnapshot(h.ctx.deps.store)
    const hostile: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'http://localhost:3000.evil.example' },
      { origin: 'null' },
      {},
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' },
    ]
    for (const headers of hostile) {
      const res = await edit({ cookies, headers })
      expectProblem(res, 403, 'csrf_rejected')
    }
    const signOut = await h.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      cookies,
      headers: { origin: 'https://evil.example' },
    })
    expectProblem(signOut, 403, 'csrf_rejected')
    expect((await whoAmI({ cookies })).statusCode).toBe(200) // still signed in
    await expectNothingChanged()

    const ok = await edit({ cookies, headers: { origin: ORIGIN } })
    expect(ok.statusCode, ok.body).toBe(200)
    expect(ok.json().headline).toBe('Defaced')
    story = ok.json()
    const sameOrigin = await edit({ cookies, headers: { 'sec-fetch-site': 'same-origin' } })
    expect(sameOrigin.statusCode, sameOrigin.body).toBe(200)
  })

  it('signing in from another site is refused too, so no one is signed in behind their back', async () => {
    expectProblem(await signIn({ origin: 'https://evil.example' }), 403, 'csrf_rejected')
    expectProblem(await signIn({}), 403, 'csrf_rejected')
    expect(
      (await h.ctx.deps.store.audit.list({ action: 'session.create', limit: 10, offset: 0 })).length,
    ).toBe(0)
  })
})

describe('failed sign-ins are rate-limited', () => {
  let h: Harness
  beforeEach(async () => {
    h = await apiHarness({ now: START })
  })
  afterEach(() => h.close())

  const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { origin: ORIGIN, 'content-type': 'application/json', ...headers },
      payload: JSON.stringify({ email, password }),
    })

  it('after the allowed wrong passwords even the right one gets 429 with Retry-After; the failures are audited', async () => {
    const email = h.users.editor.email
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expectProblem(await signIn(email, `wrong guess ${i}`), 401, 'unauthenticated')
    }
    const blocked = await signIn(email, PASSWORD)
    expectProblem(blocked, 429, 'rate_limited')
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    expect(blocked.cookies.find((c) => c.name === 'dateline_session')).toBeUndefined()

    const failures = await h.ctx.deps.store.audit.list({
      action: 'session.failed',
      targetId: email,
      limit: 100,
      offset: 0,
    })
    expect(failures).toHaveLength(SIGN_IN_LIMITS.perAccount)
    expect(failures[0]).toMatchObject({ userId: h.users.editor.id, details: { reason: 'wrong password' } })
    const sessions = await h.ctx.deps.store.audit.list({ action: 'session.create', limit: 10, offset: 0 })
    expect(sessions).toEqual([])

    // Another account is not locked out by it, and the account itself is free again after the window.
    expect((await signIn(h.users.chief.email, PASSWORD)).statusCode).toBe(200)
    h.setNow(later((SIGN_IN_LIMITS.windowMinutes + 1) * 60_000))
    expect((await signIn(email, PASSWORD)).statusCode).toBe(200)
  })

  it('an unknown email is counted and answered the same way', async () => {
    const email = 'nobody@example.com'
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expectProblem(await signIn(email, 'whatever it is'), 401, 'unauthenticated')
    }
    expectProblem(await signIn(email, 'whatever it is'), 429, 'rate_limited')
  })

  it('a forged X-Forwarded-For neither escapes the per-address limit nor forges the audited address', async () => {
    // One client guessing one password across many accounts, naming a new address on every try.
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      const res = await signIn(`staff${i}@example.com`, 'Summer2024!', {
        'x-forwarded-for': `203.0.113.${i}`,
      })
      expectProblem(res, 401, 'unauthenticated')
    }
    const next = await signIn('staff-last@example.com', 'Summer2024!', { 'x-forwarded-for': '203.0.113.99' })
    expectProblem(next, 429, 'rate_limited')
    const failures = await h.ctx.deps.store.audit.list({ action: 'session.failed', limit: 100, offset: 0 })
    expect(new Set(failures.map((f) => f.ip))).toEqual(new Set(['127.0.0.1']))
  })
})
