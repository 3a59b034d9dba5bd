import { expect } from 'vitest'
import type { Role } from '../../src/core/roles.ts'
import type { Harness } from './api-harness.ts'

/** Small helpers for driving stories through the API in tests. */
export function storyApi(h: Harness) {
  const send = (
    role: Role | null,
    method: 'POST' | 'PUT' | 'PATCH' | 'GET' | 'DELETE',
    url: string,
    body?: unknown,
    version?: number,
  ) =>
    h.as(role, {
      method,
      url,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(version !== undefined ? { 'if-match': `"v${version}"` } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    })
  return {
    send,
    async create(role: Role, fields: Record<string, unknown> = {}) {
      const res = await send(role, 'POST', '/api/v1/articles', {
        headline: 'Tide gauges go live along the coast',
        summary: 'Readings every ten minutes.',
        deskId: h.deskA,
        body: [{ type: 'paragraph', content: [{ text: 'Twelve gauges now report.' }] }],
        ...fields,
      })
      expect(res.statusCode, res.body).toBe(201)
      return res.json() as { id: number; version: number; [k: string]: unknown }
    },
    transition: (role: Role, id: number, name: string, version: number, body?: unknown) =>
      send(role, 'POST', `/api/v1/articles/${id}/${name}`, body, version),
    patch: (role: Role, id: number, fields: unknown, version: number) =>
      send(role, 'PATCH', `/api/v1/articles/${id}`, fields, version),
    get: async (role: Role, id: number) => (await send(role, 'GET', `/api/v1/articles/${id}`)).json(),
  }
}
