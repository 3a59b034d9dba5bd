import { z } from 'zod'
import {
  compareRevisions,
  getRevision,
  listRevisions,
  restoreRevision,
} from '../../services/newsroom/revision-service.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { versionEtag } from '../if-match.ts'
import { resourceContext } from '../resource-context.ts'
import { storyResource as storyResourceSchema } from '../schemas/article-schemas.ts'
import { storyResource } from '../story-resource.ts'

const revisionParams = z.strictObject({
  id: z.coerce.number().int().positive(),
  number: z.coerce.number().int().positive(),
})

const revisionMeta = z.object({
  id: z.number(),
  number: z.number(),
  changedFields: z.array(z.string()),
  userId: z.number().nullable(),
  note: z.string(),
  version: z.number(),
  createdAt: z.string(),
})

export const revisionRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/articles/{id}/revisions',
    summary: 'Every save of a story, newest first: who, when, which fields',
    tag: 'revisions',
    access: 'reporter',
    params: z.strictObject({ id: z.coerce.number().int().positive() }),
    response: z.object({ items: z.array(revisionMeta) }),
    async handler({ deps, principal, params }) {
      const items = await listRevisions(deps, principal!.actor, params.id)
      return { items: items.map(({ articleId: _a, ...r }) => r) }
    },
  }),
  route({
    method: 'GET',
    path: '/articles/{id}/revisions/compare',
    summary: 'Compare two revisions: changed fields, and the body line by line with word changes',
    tag: 'revisions',
    access: 'reporter',
    params: z.strictObject({ id: z.coerce.number().int().positive() }),
    query: z.strictObject({
      from: z.coerce.number().int().positive(),
      to: z.coerce.number().int().positive(),
    }),
    async handler({ deps, principal, params, query }) {
      return compareRevisions(deps, principal!.actor, params.id, query.from, query.to)
    },
  }),
  route({
    method: 'GET',
    path: '/articles/{id}/revisions/{number}',
    summary: 'One revision, with its whole content',
    tag: 'revisions',
    access: 'reporter',
    params: revisionParams,
    async handler({ deps, principal, params }) {
      const { articleId: _a, ...revision } = await getRevision(
        deps,
        principal!.actor,
        params.id,
        params.number,
      )
      return revision
    },
  }),
  route({
    method: 'POST',
    path: '/articles/{id}/revisions/{number}/restore',
    summary: 'Restore a revision as a new save (If-Match: the current version)',
    tag: 'revisions',
    access: 'reporter',
    params: revisionParams,
    body: z.strictObject({}).default({}),
    ifMatch: true,
    response: storyResourceSchema,
    async handler({ deps, principal, params, version, ip, reply }) {
      const article = await restoreRevision(deps, principal!.actor, params.id, params.number, version, { ip })
      reply.header('etag', versionEtag(article.version))
      return storyResource(
        article,
        await resourceContext(deps),
        await deps.store.corrections.list(article.id),
      )
    },
  }),
]
