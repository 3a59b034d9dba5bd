import { Validator } from '@seriousme/openapi-schema-validator'
import formatsModule from 'ajv-formats'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiRoutes } from '../../src/api/routes/api-routes.ts'
import { apiHarness, type Harness } from '../support/api-harness.ts'
import { registeredApiRoutes } from '../support/registered-routes.ts'
import { apiRequest } from '../support/route-fixtures.ts'
import { storyApi } from '../support/story-api.ts'

// ajv-formats is CommonJS: its plugin is the module's `default` however the module is loaded.
const addFormats = formatsModule.default

type Schema = Record<string, unknown>
interface Operation {
  operationId: string
  parameters: { name: string; in: string; required?: boolean; schema: Schema }[]
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> }
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>
}
interface Document {
  openapi: string
  components: { schemas: Record<string, Schema> }
  paths: Record<string, Record<string, Operation>>
}

/** A schema inside the document, by JSON pointer, so its `#/components/...` references resolve against the document. */
const pointer = (...parts: string[]) =>
  `openapi.json#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`

const operations = (doc: Document) =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({
      key: `${method.toUpperCase()} ${path}`,
      path,
      method,
      op,
    })),
  )

describe('the OpenAPI document', () => {
  let h: Harness
  let doc: Document
  let ajv: Ajv2020
  beforeAll(async () => {
    h = await apiHarness()
    const res = await h.app.inject({ url: '/api/v1/openapi.json' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/json/)
    doc = res.json()
    // The document's schemas are JSON Schema 2020-12 (OpenAPI 3.1), with `#/components/...` references.
    ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    ajv.addSchema({ ...doc, $id: 'openapi.json' })
  })
  afterAll(() => h.close())

  /** Checks a real response against the document's schema for that operation and status. */
  function expectDocumented(key: string, res: LightMyRequestResponse) {
    const [method, path] = key.split(' ') as [string, string]
    const responses = doc.paths[path]?.[method.toLowerCase()]?.responses
    expect(responses, key).toBeDefined()
    const status = String(res.statusCode)
    const documented = responses![status] ?? responses!.default
    expect(documented, `${key} ${status}`).toBeDefined()
    const type = String(res.headers['content-type']).split(';')[0]!
    expect(documented!.content?.[type]?.schema, `${key} ${status} ${type}`).toBeDefined()
    const at = responses![status] ? status : 'default'
    const validate = ajv.compile({
      $ref: pointer('paths', path, method.toLowerCase(), 'responses', at, 'content', type, 'schema'),
    })
    const valid = validate(res.json())
    expect(validate.errors ?? [], `${key} ${status}: ${res.body.slice(0, 300)}`).toEqual([])
    expect(valid).toBe(true)
    return validate
  }

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)))
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)?.slice(0, 2000)).toEqual([])
    expect(result.valid).toBe(true)
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
    // The validator does refuse a broken document, so the pass above means something.
    const broken = { ...doc, paths: { '/x': { get: { responses: 'none' } } } }
    expect((await new Validator().validate(broken)).valid).toBe(false)
  })

  it('lists exactly the routes the server registers, by path and method', async () => {
    const registered = (await registeredApiRoutes(h.ctx.deps)).filter((key) => key !== 'GET /openapi.json')
    expect(
      operations(doc)
        .map((o) => o.key)
        .sort(),
    ).toEqual(registered)
  })

  it('names each path parameter of a path, and no other', () => {
    for (const { key, path, op } of operations(doc)) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      const declared = op.parameters.filter((p) => p.in === 'path')
      expect(declared.map((p) => p.name).sort(), key).toEqual(inPath)
      for (const p of declared) expect(p.required, `${key} ${p.name}`).toBe(true)
    }
  })

  it('has unique operation ids', () => {
    const ids = operations(doc).map((o) => o.op.operationId)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives every route with a body a request body schema, JSON or multipart', () => {
    for (const r of apiRoutes.filter((route) => route.body || route.multipart)) {
      const body = doc.paths[r.path]?.[r.method.toLowerCase()]?.requestBody
      const type = r.multipart ? 'multipart/form-data' : 'application/json'
      expect(body?.content[type]?.schema, `${r.method} ${r.path}`).toEqual(expect.any(Object))
    }
  })

  it('gives every route that needs If-Match a required If-Match header parameter', () => {
    const ifMatch = apiRoutes.filter((r) => r.ifMatch)
    expect(ifMatch.length).toBeGreaterThan(10)
    for (const r of apiRoutes) {
      const op = doc.paths[r.path]![r.method.toLowerCase()]!
      const header = op.parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match')
      if (r.ifMatch) expect(header, `${r.method} ${r.path}`).toMatchObject({ required: true })
      else expect(header, `${r.method} ${r.path}`).toBeUndefined()
    }
  })

  it('has only schemas that compile as JSON Schema 2020-12', () => {
    for (const { key, path, method, op } of operations(doc)) {
      const at = (...rest: string[]) => pointer('paths', path, method, ...rest)
      const schemas = [
        ...op.parameters.map((_p, i) => at('parameters', String(i), 'schema')),
        ...Object.keys(op.requestBody?.content ?? {}).map((type) =>
          at('requestBody', 'content', type, 'schema'),
        ),
        ...Object.entries(op.responses).flatMap(([status, r]) =>
          Object.keys(r.content ?? {}).map((type) => at('responses', status, 'content', type, 'schema')),
        ),
      ]
      for (const $ref of schemas) expect(() => ajv.compile({ $ref }), `${key} ${$ref}`).not.toThrow()
    }
  })

  it('marks a request body required only where the route refuses to go without one', () => {
    const documented: Record<string, boolean> = {}
    const actual: Record<string, boolean> = {}
    for (const r of apiRoutes.filter((route) => route.body)) {
      const key = `${r.method} ${r.path}`
      documented[key] = doc.paths[r.path]![r.method.toLowerCase()]!.requestBody!.required ?? false
      actual[key] = !r.body!.safeParse(undefined).success
    }
    expect(documented).toEqual(actual)
  })

  it('describes the real answers of story, user and desk calls', async () => {
    const api = storyApi(h)
    const created = await h.as(
      'reporter',
      apiRequest('POST', '/articles', {
        headline: 'Ferry timetable changes',
        summary: 'Winter sailings start Monday.',
        deskId: h.deskA,
        body: [
          { type: 'heading', level: 2, content: [{ text: 'What changes' }] },
          {
            type: 'list',
            ordered: false,
            items: [[{ text: 'Fewer', bold: true }, { text: ' evening boats' }]],
          },
          {
            type: 'quote',
            paragraphs: [[{ text: 'We will keep the lifeline open.' }]],
            attribution: 'The operator',
          },
        ],
        contributors: [{ kind: 'guest', name: 'Ana Ruiz', url: 'https://example.com/ana' }],
        dateline: { place: 'DHAKA' },
        tags: ['ferries'],
      }),
    )
    expect(created.statusCode, created.body).toBe(201)
    expectDocumented('POST /articles', created)
    const story = created.json()
    const storySchema = expectDocumented(
      'GET /articles/{id}',
      await h.as('reporter', apiRequest('GET', `/articles/${story.id}`)),
    )
    // The schema is strict enough to catch a wrong answer.
    expect(storySchema({ ...story, headline: 42 })).toBe(false)
    expect(storySchema({ ...story, passwordHash: 'x' })).toBe(false)
    const published = await api.transition('editor', story.id, 'publish', story.version)
    expectDocumented('POST /articles/{id}/publish', published)
    const edited = await api.patch(
      'editor',
      story.id,
      { summary: 'Winter sailings start on Monday.' },
      published.json().version,
    )
    expectDocumented('PATCH /articles/{id}', edited)
    const corrected = await api.transition('editor', story.id, 'correct', edited.json().version, {
      note: 'Day fixed.',
    })
    expectDocumented('POST /articles/{id}/correct', corrected)
    expectDocumented('GET /articles', await h.as('reporter', apiRequest('GET', '/articles')))
    expectDocumented(
      'GET /articles/{id}/revisions',
      await h.as('reporter', apiRequest('GET', `/articles/${story.id}/revisions`)),
    )

    expectDocumented('GET /users', await h.as('admin', apiRequest('GET', '/users')))
    const user = { email: 'new@example.com', name: 'New', role: 'reporter' }
    expectDocumented('POST /users', await h.as('admin', apiRequest('POST', '/users', user)))
    expectDocumented('GET /session', await h.as('editor', apiRequest('GET', '/session')))
    expectDocumented('GET /desks', await h.as('reporter', apiRequest('GET', '/desks')))
    expectDocumented('POST /desks', await h.as('admin', apiRequest('POST', '/desks', { name: 'Coast Desk' })))
    expectDocumented('GET /sections', await h.as(null, apiRequest('GET', '/sections')))
    expectDocumented('GET /settings', await h.as('reporter', apiRequest('GET', '/settings')))
    expectDocumented('GET /audit', await h.as('chief', apiRequest('GET', '/audit')))
  })

  it('describes error answers as problem documents', async () => {
    const missing = await h.as('reporter', apiRequest('GET', '/articles/999'))
    expect(missing.statusCode).toBe(404)
    expectDocumented('GET /articles/{id}', missing)
    const invalid = await h.as('reporter', apiRequest('POST', '/articles', { headline: 42 }))
    expect(invalid.statusCode).toBe(422)
    expectDocumented('POST /articles', invalid)
    const anonymous = await h.as(null, apiRequest('GET', '/users'))
    expect(anonymous.statusCode).toBe(401)
    expectDocumented('GET /users', anonymous)
  })
})
