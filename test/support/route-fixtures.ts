import type { InjectOptions } from 'fastify'
import type { Role } from '../../src/core/roles.ts'
import { ORIGIN, PASSWORD, type Harness } from './api-harness.ts'
import { makePhoto } from './make-photo.ts'
import { multipartForm } from './multipart-form.ts'
import { receiveDocument } from '../../src/services/wire/receive-document.ts'

/** Where a story made for a request lives, and who wrote it (its owner may edit it). */
export interface StoryPlace {
  deskId: number
  owner: Role
  /** Keep the story off the site: a route that needs a published story then gets a draft (and may answer 409). */
  unpublished?: boolean
}

/** A minimal valid request for one route, made against fresh state so that no other request can spoil it. */
export type RouteFixture = (place: StoryPlace) => Promise<InjectOptions>

type StoryState = 'draft' | 'submitted' | 'published' | 'spiked'
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * A request to `/api/v1{path}`: JSON when it has a body, with If-Match when it names a version, and always with this
 * site's Origin, so a public write is not refused as cross-site.
 */
export function apiRequest(method: Method, path: string, body?: unknown, version?: number): InjectOptions {
  return {
    method,
    url: `/api/v1${path}`,
    headers: {
      origin: ORIGIN,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(version !== undefined ? { 'if-match': `"v${version}"` } : {}),
    },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  }
}

/** One fixture per route of the API, keyed `METHOD path` as the route table writes it. */
export function routeFixtures(h: Harness): Record<string, RouteFixture> {
  let n = 0
  const unique = (prefix: string) => `${prefix} ${++n}`

  /** A setup request that must succeed: a failure here is the fixture's, not the route's under test. */
  const setup = async (role: Role, options: InjectOptions) => {
    const res = await h.as(role, options)
    if (res.statusCode >= 300) throw new Error(`Fixture setup ${options.method} ${options.url}: ${res.body}`)
    return res.json() as { id: number; version: number }
  }

  const story = async (place: StoryPlace, wanted: StoryState = 'draft') => {
    const state = place.unpublished && wanted === 'published' ? 'draft' : wanted
    let s = await setup(
      place.owner,
      apiRequest('POST', '/articles', {
        headline: unique('Harbour lights switched on'),
        deskId: place.deskId,
        body: [{ type: 'paragraph', content: [{ text: 'The lamps came on at dusk.' }] }],
      }),
    )
    const move = async (role: Role, transition: string) =>
      (s = await setup(role, apiRequest('POST', `/articles/${s.id}/${transition}`, undefined, s.version)))
    if (state === 'submitted') await move(place.owner, 'submit')
    if (state === 'published') await move('chief', 'publish')
    if (state === 'spiked') await move(place.owner, 'spike')
    return s
  }
  /** A story with two revisions, so there is something to compare and restore. */
  const edited = async (place: StoryPlace) => {
    const s = await story(place)
    return setup(
      place.owner,
      apiRequest('PATCH', `/articles/${s.id}`, { summary: 'Edited once.' }, s.version),
    )
  }
  const transition =
    (name: string, from: StoryState, body?: unknown): RouteFixture =>
    async (place) => {
      const s = await story(place, from)
      return apiRequest('POST', `/articles/${s.id}/${name}`, body, s.version)
    }

  let photo: Promise<Buffer> | undefined
  const upload = async () =>
    multipartForm([
      { name: 'file', value: await (photo ??= makePhoto(64, 48)), filename: 'lamp.jpg', type: 'image/jpeg' },
      { name: 'caption', value: 'A harbour lamp' },
    ])
  const asset = async () => setup('reporter', { method: 'POST', url: '/api/v1/assets', ...(await upload()) })
  const desk = () => setup('admin', apiRequest('POST', '/desks', { name: unique('Night Desk') }))
  const section = () => setup('admin', apiRequest('POST', '/sections', { name: unique('Harbours') }))
  /** A wire item queued on the place's desk (a fresh uri each time), received as a ninjs document. */
  const wireItem = async (deskId: number, version = '1', uri = `urn:matrix:${++n}`) => {
    const desk = (await h.ctx.deps.store.desks.get(deskId))!
    await receiveDocument(h.ctx.deps, {
      bytes: new TextEncoder().encode(
        JSON.stringify({
          uri,
          version,
          headlines: [{ value: `Tide tables published ${version}` }],
          bodies: [{ contentType: 'text/plain', value: 'High water at noon.' }],
        }),
      ),
      origin: 'matrix.json',
      deskName: desk.name,
    })
    return (await h.ctx.deps.store.wireItems.get(uri))!
  }
  /** A story fetched from the wire whose item has since sent a newer version: it carries the update flag. */
  const flagged = async (place: StoryPlace) => {
    const item = await wireItem(place.deskId)
    const story = await setup(
      place.owner,
      apiRequest('POST', `/ingest/${item.id}/fetch`, { deskId: place.deskId }),
    )
    await wireItem(place.deskId, '2', item.uri)
    const res = await h.as(place.owner, apiRequest('GET', `/articles/${story.id}`))
    return res.json() as { id: number; version: number }
  }
  const source = () =>
    setup('admin', apiRequest('POST', '/sources', { name: unique('Tide Wire') })).then(
      (r) => (r as unknown as { source: { id: number } }).source,
    )
  const rule = () => setup('admin', apiRequest('POST', '/routing-rules', { name: unique('Tides') }))
  const webhook = () =>
    setup(
      'admin',
      apiRequest('POST', '/webhooks', { url: 'https://hooks.example.com/in', events: ['article.killed'] }),
    )

  return {
    'GET /openapi.json': async () => apiRequest('GET', '/openapi.json'),
    'POST /session': async () =>
      apiRequest('POST', '/session', { email: h.users.reporter.email, password: PASSWORD }),
    'GET /session': async () => apiRequest('GET', '/session'),
    'DELETE /session': async () => apiRequest('DELETE', '/session'),
    // Every harness account has the same password, so "changing" it to itself works for any caller.
    'POST /session/password': async () =>
      apiRequest('POST', '/session/password', { current: PASSWORD, next: PASSWORD }),

    'GET /articles': async () => apiRequest('GET', '/articles'),
    'POST /articles': async (place) =>
      apiRequest('POST', '/articles', { headline: unique('Quay reopens'), deskId: place.deskId }),
    'GET /articles/{id}': async (place) => apiRequest('GET', `/articles/${(await story(place)).id}`),
    'PATCH /articles/{id}': async (place) => {
      const s = await story(place)
      return apiRequest('PATCH', `/articles/${s.id}`, { summary: 'Lamps on at dusk.' }, s.version)
    },
    'POST /articles/{id}/submit': transition('submit', 'draft'),
    'POST /articles/{id}/approve': transition('approve', 'submitted'),
    'POST /articles/{id}/publish': transition('publish', 'draft', { minor: false }),
    'POST /articles/{id}/schedule': transition('schedule', 'draft', { at: '2030-01-01T06:00:00+00:00' }),
    'POST /articles/{id}/unpublish': transition('unpublish', 'published', { reason: 'Duplicate' }),
    'POST /articles/{id}/correct': transition('correct', 'published', {
      note: 'The lamps are gas, not LED.',
    }),
    'POST /articles/{id}/kill': transition('kill', 'published', { reason: 'Legal advice' }),
    'POST /articles/{id}/spike': transition('spike', 'draft'),
    'POST /articles/{id}/restore': transition('restore', 'spiked'),

    'GET /articles/{id}/revisions': async (place) =>
      apiRequest('GET', `/articles/${(await story(place)).id}/revisions`),
    'GET /articles/{id}/revisions/compare': async (place) =>
      apiRequest('GET', `/articles/${(await edited(place)).id}/revisions/compare?from=1&to=2`),
    'GET /articles/{id}/revisions/{number}': async (place) =>
      apiRequest('GET', `/articles/${(await story(place)).id}/revisions/1`),
    'POST /articles/{id}/revisions/{number}/restore': async (place) => {
      const s = await edited(place)
      return apiRequest('POST', `/articles/${s.id}/revisions/1/restore`, {}, s.version)
    },

    'GET /desks': async () => apiRequest('GET', '/desks'),
    'POST /desks': async () => apiRequest('POST', '/desks', { name: unique('Weather Desk') }),
    'PATCH /desks/{id}': async () =>
      apiRequest('PATCH', `/desks/${(await desk()).id}`, { name: unique('Renamed Desk') }),
    'POST /desks/{id}/stages': async () =>
      apiRequest('POST', `/desks/${(await desk()).id}/stages`, { name: 'Legal review' }),

    'GET /sections': async () => apiRequest('GET', '/sections'),
    'POST /sections': async () => apiRequest('POST', '/sections', { name: unique('Coast') }),
    'PATCH /sections/{id}': async () =>
      apiRequest('PATCH', `/sections/${(await section()).id}`, { name: unique('Renamed') }),

    'GET /settings': async () => apiRequest('GET', '/settings'),
    'PATCH /settings': async () => apiRequest('PATCH', '/settings', { tagline: 'News from the harbour' }),
    'GET /front': async () => apiRequest('GET', '/front'),
    'GET /events': async () => apiRequest('GET', '/events?maxSeconds=0'),
    'PUT /articles/{id}/presence': async (place) =>
      apiRequest('PUT', `/articles/${(await story(place)).id}/presence`, { editing: true }),
    'DELETE /articles/{id}/presence': async (place) =>
      apiRequest('DELETE', `/articles/${(await story(place)).id}/presence`),
    'GET /articles/{id}/preview': async (place) =>
      apiRequest('GET', `/articles/${(await story(place)).id}/preview`),
    'GET /presence': async (place) => apiRequest('GET', `/presence?articleIds=${(await story(place)).id}`),
    'POST /articles/{id}/revisions': async (place) =>
      apiRequest('POST', `/articles/${(await story(place)).id}/revisions`, {
        fields: { summary: 'Typed but never saved.' },
      }),
    'PATCH /front': async (place) =>
      apiRequest('PATCH', '/front', { slots: { lead: (await story(place, 'published')).id } }),

    'POST /assets': async () => ({ method: 'POST', url: '/api/v1/assets', ...(await upload()) }),
    'GET /assets': async () => apiRequest('GET', '/assets'),
    'GET /assets/{id}': async () => apiRequest('GET', `/assets/${(await asset()).id}`),
    'PATCH /assets/{id}': async () =>
      apiRequest('PATCH', `/assets/${(await asset()).id}`, { caption: 'A lamp on the quay' }),

    'GET /staff': async () => apiRequest('GET', '/staff'),
    'GET /users': async () => apiRequest('GET', '/users'),
    'GET /users/{id}': async () => apiRequest('GET', `/users/${h.users.reporter.id}`),
    'POST /users': async () =>
      apiRequest('POST', '/users', {
        email: `new${++n}@example.com`,
        name: 'New Reporter',
        role: 'reporter',
        password: 'a long enough secret',
      }),
    'PATCH /users/{id}': async () =>
      apiRequest('PATCH', `/users/${h.users.reporter.id}`, { name: 'The reporter' }),
    'POST /users/{id}/tokens': async () =>
      apiRequest('POST', `/users/${h.users.reporter.id}/tokens`, { name: 'matrix' }),
    'GET /audit': async () => apiRequest('GET', '/audit'),

    'GET /webhooks': async () => apiRequest('GET', '/webhooks'),
    'POST /webhooks': async () =>
      apiRequest('POST', '/webhooks', { url: 'https://hooks.example.com/in', events: ['article.published'] }),
    'DELETE /webhooks/{id}': async () => apiRequest('DELETE', `/webhooks/${(await webhook()).id}`),
    'GET /webhooks/{id}/deliveries': async () =>
      apiRequest('GET', `/webhooks/${(await webhook()).id}/deliveries`),

    'GET /ingest': async () => apiRequest('GET', '/ingest'),
    'GET /ingest/{id}': async (place) => apiRequest('GET', `/ingest/${(await wireItem(place.deskId)).id}`),
    'GET /ingest/{id}/diff': async (place) =>
      apiRequest('GET', `/ingest/${(await wireItem(place.deskId)).id}/diff?from=1`),
    'POST /ingest/{id}/fetch': async (place) =>
      apiRequest('POST', `/ingest/${(await wireItem(place.deskId)).id}/fetch`, { deskId: place.deskId }),
    'POST /articles/{id}/wire-update/apply': async (place) => {
      const s = await flagged(place)
      return apiRequest('POST', `/articles/${s.id}/wire-update/apply`, {}, s.version)
    },
    'POST /articles/{id}/wire-update/dismiss': async (place) => {
      const s = await flagged(place)
      return apiRequest('POST', `/articles/${s.id}/wire-update/dismiss`, {}, s.version)
    },
    'GET /ingest/documents': async () => apiRequest('GET', '/ingest/documents'),
    'GET /sources': async () => apiRequest('GET', '/sources'),
    'POST /sources': async () =>
      apiRequest('POST', '/sources', { name: unique('Harbour Wire'), interval: '5m' }),
    'PATCH /sources/{id}': async () =>
      apiRequest('PATCH', `/sources/${(await source()).id}`, { enabled: false }),
    'DELETE /sources/{id}': async () => apiRequest('DELETE', `/sources/${(await source()).id}`),
    'GET /routing-rules': async () => apiRequest('GET', '/routing-rules'),
    'POST /routing-rules': async () =>
      apiRequest('POST', '/routing-rules', { name: unique('Weather'), match: { subjects: ['17000000'] } }),
    'DELETE /routing-rules/{id}': async () => apiRequest('DELETE', `/routing-rules/${(await rule()).id}`),
    // Accounts never push: whatever bearer token a caller sends, only the source's own token opens this door.
    'POST /ingest/push/{source}': async () => {
      const created = await setup('admin', apiRequest('POST', '/sources', { name: unique('Push Wire') }))
      const { name } = (created as unknown as { source: { name: string } }).source
      return {
        method: 'POST',
        url: `/api/v1/ingest/push/${encodeURIComponent(name)}`,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ uri: `urn:matrix:push:${++n}`, headlines: [{ value: 'Pushed' }] }),
      }
    },
  }
}
