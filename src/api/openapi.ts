import { z, type ZodType } from 'zod'
import type { ApiRoute } from './api-route.ts'

type JsonSchema = Record<string, unknown>

const jsonSchema = (schema: ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema
  return rest
}

function parameters(schema: ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return []
  const s = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] }
  return Object.entries(s.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }))
}

const problemResponse = {
  description: 'An error, as an RFC 9457 problem document with a stable `code`',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
}

/**
 * The OpenAPI 3.1 document, written from the same route table and zod schemas that register and validate the
 * routes, so it cannot drift from what the server does.
 */
export function buildOpenApi(routes: readonly ApiRoute[]) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes) {
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method.toLowerCase()}${r.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^a-zA-Z0-9]+(\w)/g, (_, c: string) => c.toUpperCase())}`,
      'x-access': r.access,
      ...(r.access === 'public' ? { security: [] } : {}),
      parameters: [
        ...parameters(r.params, 'path'),
        ...parameters(r.query, 'query'),
        ...(r.ifMatch
          ? [
              {
                name: 'If-Match',
                in: 'header',
                required: true,
                schema: { type: 'string' },
                description: 'The version the write is based on, e.g. "v7"',
              },
            ]
          : []),
      ],
      responses: {
        [String(r.status ?? 200)]: {
          description: 'Success',
          ...(r.response
            ? { content: { 'application/json': { schema: jsonSchema(r.response, 'output') } } }
            : {}),
        },
        default: problemResponse,
      },
    }
    if (r.body) {
      // A body the route would accept when absent (transitions without options) is optional in the document too.
      const required = !r.body.safeParse(undefined).success
      op.requestBody = { required, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } }
    }
    if (r.multipart) {
      op.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: ['file'],
              properties: {
                file: { type: 'string', format: 'binary' },
                caption: { type: 'string' },
                credit: { type: 'string' },
                alt: { type: 'string' },
              },
            },
          },
        },
      }
    }
    ;(paths[r.path] ??= {})[r.method.toLowerCase()] = op
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dateline API',
      version: '1',
      description:
        'The newsroom API: stories and their workflow, revisions, desks, sections, users, pictures, settings and webhooks. Sign in with POST /session (a cookie) or send `Authorization: Bearer <token>`.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ session: [] }, { bearer: [] }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'dateline_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            code: { type: 'string' },
            detail: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: { path: { type: 'string' }, message: { type: 'string' } },
              },
            },
          },
        },
      },
    },
    paths,
  }
}
