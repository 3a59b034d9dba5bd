import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiRoutes } from '../../src/api/routes/api-routes.ts'
import { roles, type Role } from '../../src/core/roles.ts'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { registeredApiRoutes, serverApiRoutes } from '../support/registered-routes.ts'
import { apiRequest, routeFixtures, type RouteFixture } from '../support/route-fixtures.ts'

type Expected = 'public' | 'signed-in' | Role | 'source-token'

/**
 * Who may call each route, written by hand from the newsroom's rules (issue 3), not copied from the route table:
 * a reporter writes, edits and submits their own drafts and uploads pictures; an editor also approves, publishes,
 * schedules and corrects, and pins stories to the front page; a chief also unpublishes, kills and reads the audit log; an admin also manages accounts,
 * desks, sections, settings and webhooks. Anyone signed in sees the desks, the settings, the front page's pins and their own session;
 * anyone at all sees the sections, the API document, and may sign in.
 */
const EXPECTED: Record<string, Expected> = {
  'GET /openapi.json': 'public',
  'POST /session': 'public',
  'GET /session': 'signed-in',
  'DELETE /session': 'signed-in',
  'POST /session/password': 'signed-in',

  'GET /articles': 'reporter',
  'POST /articles': 'reporter',
  'GET /articles/{id}': 'reporter',
  'PATCH /articles/{id}': 'reporter',
  'POST /articles/{id}/submit': 'reporter',
  'POST /articles/{id}/spike': 'reporter',
  'POST /articles/{id}/restore': 'reporter',
  'POST /articles/{id}/approve': 'editor',
  'POST /articles/{id}/publish': 'editor',
  'POST /articles/{id}/schedule': 'editor',
  'POST /articles/{id}/correct': 'editor',
  'POST /articles/{id}/unpublish': 'chief',
  'POST /articles/{id}/kill': 'chief',
  'GET /articles/{id}/revisions': 'reporter',
  'GET /articles/{id}/revisions/compare': 'reporter',
  'GET /articles/{id}/revisions/{number}': 'reporter',
  'POST /articles/{id}/revisions/{number}/restore': 'reporter',

  'GET /desks': 'signed-in',
  'POST /desks': 'admin',
  'PATCH /desks/{id}': 'admin',
  'POST /desks/{id}/stages': 'admin',
  'GET /sections': 'public',
  'POST /sections': 'admin',
  'PATCH /sections/{id}': 'admin',
  'GET /settings': 'signed-in',
  'PATCH /settings': 'admin',
  'GET /front': 'signed-in',
  'PATCH /front': 'editor',
  'GET /events': 'reporter',
  'PUT /articles/{id}/presence': 'reporter',
  'DELETE /articles/{id}/presence': 'reporter',
  'GET /presence': 'reporter',
  'POST /articles/{id}/revisions': 'reporter',
  'GET /articles/{id}/preview': 'reporter',

  'POST /assets': 'reporter',
  'GET /assets': 'reporter',
  'GET /assets/{id}': 'reporter',
  'PATCH /assets/{id}': 'editor',

  'GET /staff': 'reporter',
  'GET /users': 'admin',
  'GET /users/{id}': 'admin',
  'POST /users': 'admin',
  'PATCH /users/{id}': 'admin',
  'POST /users/{id}/tokens': 'admin',
  'GET /audit': 'chief',

  'GET /webhooks': 'admin',
  'POST /webhooks': 'admin',
  'DELETE /webhooks/{id}': 'admin',
  'GET /webhooks/{id}/deliveries': 'admin',

  // The wire desk: everyone in the newsroom reads the queue and fetches to their own desks; editors watch the
  // sources and the document log; admins set up sources and routing. Agencies push with their source's own token,
  // which no account has.
  'GET /ingest': 'reporter',
  'GET /ingest/{id}': 'reporter',
  'GET /ingest/{id}/diff': 'reporter',
  'POST /ingest/{id}/fetch': 'reporter',
  'POST /articles/{id}/wire-update/apply': 'reporter',
  'POST /articles/{id}/wire-update/dismiss': 'reporter',
  'GET /ingest/documents': 'editor',
  'GET /sources': 'editor',
  'POST /sources': 'admin',
  'PATCH /sources/{id}': 'admin',
  'DELETE /sources/{id}': 'admin',
  'GET /routing-rules': 'editor',
  'POST /routing-rules': 'admin',
  'DELETE /routing-rules/{id}': 'admin',
  'POST /ingest/push/{source}': 'source-token',
}

/** The routes under test come from the route table itself (plus the document it writes), so none can be left out. */
const ROUTES = [...apiRoutes.map((r) => `${r.method} ${r.path}`), 'GET /openapi.json'].sort()
const CALLERS: (Role | null)[] = [null, ...roles]
const callerName = (caller: Role | null) => caller ?? 'anonymous'

function mayCall(expected: Expected | undefined, caller: Role | null): boolean {
  if (expected === undefined) throw new Error('The route has no entry in EXPECTED')
  if (expected === 'public') return true
  if (expected === 'source-token') return false // only a source's own token, never an account
  if (caller === null) return false
  return expected === 'signed-in' || roles.indexOf(caller) >= roles.indexOf(expected)
}

function expectRefused(res: LightMyRequestResponse, caller: Role | null, expected?: Expected) {
  // An account's credentials count for nothing on a source-token route: every caller is unauthenticated there.
  const unauthenticated = caller === null || expected === 'source-token'
  expect(res.statusCode, res.body).toBe(unauthenticated ? 401 : 403)
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
  expect(res.json()).toMatchObject({
    status: res.statusCode,
    code: unauthenticated ? 'unauthenticated' : 'forbidden',
  })
}

function expectLetThrough(res: LightMyRequestResponse) {
  expect([401, 403], res.body).not.toContain(res.statusCode)
  expect(res.statusCode, res.body).toBeLessThan(500)
}

describe('the route table, the server and the expectations agree', () => {
  let h: Harness
  beforeAll(async () => {
    h = await apiHarness()
  })
  afterAll(() => h.close())

  it('registerApi registers exactly the routes of the route table, and the document', async () => {
    expect(await registeredApiRoutes(h.ctx.deps)).toEqual(ROUTES)
  })

  it('the whole server answers exactly those routes under /api/v1, and no other', () => {
    expect(serverApiRoutes(h.app)).toEqual(ROUTES)
    for (const key of ROUTES) {
      const [method, path] = key.split(' ') as [string, string]
      const url = `/api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`
      expect(h.app.hasRoute({ method: method as 'GET', url }), key).toBe(true)
    }
  })

  it('every route has an expectation, and every expectation a route', () => {
    expect(
      ROUTES.filter((key) => !(key in EXPECTED)),
      'routes without an expectation',
    ).toEqual([])
    expect(
      Object.keys(EXPECTED).filter((key) => !ROUTES.includes(key)),
      'expectations without a route',
    ).toEqual([])
  })

  it('every route has a request fixture, and every fixture a route', () => {
    const fixtures = Object.keys(routeFixtures(h))
    expect(
      ROUTES.filter((key) => !fixtures.includes(key)),
      'routes without a fixture',
    ).toEqual([])
    expect(
      fixtures.filter((key) => !ROUTES.includes(key)),
      'fixtures without a route',
    ).toEqual([])
  })

  it('each route declares the access that the newsroom’s rules give it', () => {
    // Every account is at least a reporter, so the two say the same.
    const same = (access: string) => (access === 'signed-in' ? 'reporter' : access)
    const declared = Object.fromEntries(apiRoutes.map((r) => [`${r.method} ${r.path}`, same(r.access)]))
    const expected = Object.fromEntries(Object.entries(EXPECTED).map(([key, access]) => [key, same(access)]))
    delete expected['GET /openapi.json']
    expect(declared).toEqual(expected)
  })
})

describe.each(CALLERS.map((caller) => [callerName(caller), caller] as const))(
  'every route called %s',
  (_name, caller) => {
    let h: Harness
    let fixtures: Record<string, RouteFixture>
    beforeAll(async () => {
      h = await apiHarness()
      fixtures = routeFixtures(h)
    })
    afterAll(() => h.close())

    it.each(ROUTES)('%s', async (key) => {
      const fixture = fixtures[key]
      if (!fixture) throw new Error(`No request fixture for ${key}`)
      const res = await h.as(caller, await fixture({ deskId: h.deskA, owner: 'reporter' }))
      if (mayCall(EXPECTED[key], caller)) expectLetThrough(res)
      else expectRefused(res, caller, EXPECTED[key])
    })
  },
)

/** The routes about one story: its id in the path, so the story-level rules decide after the role check. */
const STORY_ROUTES = ROUTES.filter((key) => key.includes(' /articles/{id}'))

describe('another desk’s unpublished story, on every route about one story', () => {
  let h: Harness
  let fixtures: Record<string, RouteFixture>
  beforeAll(async () => {
    h = await apiHarness()
    fixtures = routeFixtures(h)
  })
  afterAll(() => h.close())

  it('covers the story and revision routes', () => {
    // One story read and edited, nine transitions, four revision routes.
    expect(STORY_ROUTES.length).toBeGreaterThanOrEqual(15)
  })

  describe.each(roles.map((role) => [role] as const))('as %s', (role) => {
    it.each(STORY_ROUTES)('%s', async (key) => {
      const request = await fixtures[key]!({ deskId: h.deskB, owner: 'chief', unpublished: true })
      const res = await h.as(role, request)
      if (!mayCall(EXPECTED[key], role)) return expectRefused(res, role, EXPECTED[key])
      if (role === 'reporter' || role === 'editor') {
        // Not on their desk and not theirs: it answers as if it did not exist.
        expect(res.statusCode, res.body).toBe(404)
        expect(res.json().code).toBe('not_found')
      } else {
        expect([401, 403, 404], res.body).not.toContain(res.statusCode)
        expect(res.statusCode, res.body).toBeLessThan(500)
      }
    })
  })
})

describe('an account that still has its one-time password', () => {
  let h: Harness
  beforeAll(async () => {
    h = await apiHarness()
  })
  afterAll(() => h.close())

  it('gets 403 password_change_required on every route but its session’s, whatever its role', async () => {
    const created = await h.as(
      'admin',
      apiRequest('POST', '/users', {
        email: 'fresh@example.com',
        name: 'Fresh Admin',
        role: 'admin',
        deskIds: [h.deskA],
      }),
    )
    expect(created.json().user.mustChangePassword).toBe(true)
    const id = created.json().user.id
    const { token } = (await h.as('admin', apiRequest('POST', `/users/${id}/tokens`, {}))).json()
    const fixtures = routeFixtures(h)
    for (const key of ROUTES) {
      const request = await fixtures[key]!({ deskId: h.deskA, owner: 'reporter' })
      const res = await h.app.inject({
        ...request,
        headers: { ...(request.headers as Record<string, string>), authorization: `Bearer ${token}` },
      })
      if (EXPECTED[key] === 'public' || EXPECTED[key] === 'source-token' || key.includes(' /session')) {
        expect(res.statusCode, `${key}: ${res.body}`).not.toBe(403)
      } else {
        expect(res.statusCode, key).toBe(403)
        expect(res.json().code, key).toBe('password_change_required')
      }
    }
  })
})
