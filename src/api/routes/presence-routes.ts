import { z } from 'zod'
import {
  announcePresence,
  keepUnsavedText,
  leavePresence,
  presenceOf,
} from '../../services/newsroom/presence-service.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { storyFieldShape } from '../schemas/article-schemas.ts'

const idParams = z.strictObject({ id: z.coerce.number().int().positive() })

const storyPresence = z.object({
  editingBy: z.object({ userId: z.number(), name: z.string() }).nullable(),
  present: z.array(
    z.object({ userId: z.number(), name: z.string(), editing: z.boolean(), openedAt: z.string() }),
  ),
  youEdit: z.boolean(),
})

export const presenceRoutes: ApiRoute[] = [
  route({
    method: 'PUT',
    path: '/articles/{id}/presence',
    summary:
      'Say you have a story open (every 20 s while you do), and whether you want its editor; `takeOver` takes it from whoever holds it',
    tag: 'presence',
    access: 'reporter',
    params: idParams,
    body: z
      .strictObject({ editing: z.boolean().default(false), takeOver: z.boolean().default(false) })
      .default({ editing: false, takeOver: false }),
    response: storyPresence,
    async handler({ deps, principal, params, body, ip }) {
      return announcePresence(deps, principal!.actor, params.id, body, { ip })
    },
  }),
  route({
    method: 'DELETE',
    path: '/articles/{id}/presence',
    summary: 'Say you closed the story',
    tag: 'presence',
    access: 'reporter',
    params: idParams,
    status: 204,
    async handler({ deps, principal, params }) {
      await leavePresence(deps, principal!.actor, params.id)
    },
  }),
  route({
    method: 'GET',
    path: '/presence',
    summary: 'Who has these stories open, and who edits them (stories you may not see are left out)',
    tag: 'presence',
    access: 'reporter',
    query: z.strictObject({
      articleIds: z
        .string()
        .regex(/^\d{1,12}(,\d{1,12}){0,199}$/, 'must be up to 200 story ids separated by commas')
        .transform((s) => [...new Set(s.split(',').map(Number))]),
    }),
    response: z.object({ presence: z.record(z.string(), storyPresence) }),
    async handler({ deps, principal, query }) {
      return { presence: await presenceOf(deps, principal!.actor, query.articleIds) }
    },
  }),
  route({
    method: 'POST',
    path: '/articles/{id}/revisions',
    summary:
      'Keep text that was never saved (after a take-over or a refused stale save) as a revision, without changing the story',
    tag: 'revisions',
    access: 'reporter',
    params: idParams,
    body: z.strictObject({
      fields: z.strictObject(storyFieldShape).partial(),
      note: z.string().max(200).optional(),
    }),
    status: 201,
    response: z.object({ number: z.number(), note: z.string(), version: z.number(), createdAt: z.string() }),
    async handler({ deps, principal, params, body, ip }) {
      const r = await keepUnsavedText(deps, principal!.actor, params.id, body.fields, {
        ip,
        ...(body.note !== undefined ? { note: body.note } : {}),
      })
      return { number: r.number, note: r.note, version: r.version, createdAt: r.createdAt }
    },
  }),
]
