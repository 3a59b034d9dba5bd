import { z } from 'zod'
import { diffContent } from '../../services/newsroom/revision-diff.ts'
import { fetchToDesk } from '../../services/wire/fetch-to-desk.ts'
import { itemContent, itemDetail, listQueue } from '../../services/wire/wire-queries.ts'
import { applyWireUpdate, dismissWireUpdate } from '../../services/wire/wire-update-actions.ts'
import { ConflictError, NotFoundError } from '../../core/errors.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { versionEtag } from '../if-match.ts'
import { resourceContext } from '../resource-context.ts'
import { storyResource as storyResourceSchema } from '../schemas/article-schemas.ts'
import { idParams } from '../schemas/common-schemas.ts'
import { diffQuery, fetchBody, queueQuery } from '../schemas/wire-schemas.ts'
import { storyResource } from '../story-resource.ts'

export const wireRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/ingest',
    summary: 'The ingest queue: wire items, newest first, by source, desk, status, urgency or text',
    tag: 'wire',
    access: 'reporter',
    query: queueQuery,
    async handler({ deps, query }) {
      return listQueue(deps, query)
    },
  }),
  route({
    method: 'GET',
    path: '/ingest/{id}',
    summary: 'One wire item: its newest version normalized, every version, and the document as received',
    tag: 'wire',
    access: 'reporter',
    params: idParams,
    async handler({ deps, params }) {
      return itemDetail(deps, params.id)
    },
  }),
  route({
    method: 'GET',
    path: '/ingest/{id}/diff',
    summary: 'What changed between two versions of a wire item (e.g. since a story was fetched)',
    tag: 'wire',
    access: 'reporter',
    params: idParams,
    query: diffQuery,
    async handler({ deps, params, query }) {
      const item = await deps.store.wireItems.getById(params.id)
      if (!item) throw new NotFoundError('Wire item', params.id)
      const to = query.to ?? item.version
      const [a, b] = await Promise.all([
        deps.store.wireItems.getVersion(item.id, query.from),
        deps.store.wireItems.getVersion(item.id, to),
      ])
      if (!a || !b)
        throw new ConflictError(`No version ${!a ? query.from : to} of this item`, {
          code: 'no_such_version',
        })
      return { from: query.from, to, diff: diffContent(itemContent(a), itemContent(b)) }
    },
  }),
  route({
    method: 'POST',
    path: '/ingest/{id}/fetch',
    summary: 'Fetch to desk: make a story from the item on a desk, ready to edit',
    tag: 'wire',
    access: 'reporter',
    params: idParams,
    body: fetchBody,
    response: storyResourceSchema,
    status: 201,
    async handler({ deps, principal, params, body, ip, reply }) {
      const story = await fetchToDesk(deps, principal!.actor, params.id, body, { ip })
      reply.header('etag', versionEtag(story.version)).header('location', `/api/v1/articles/${story.id}`)
      return storyResource(story, await resourceContext(deps), [])
    },
  }),
  ...(['apply', 'dismiss'] as const).map((action) =>
    route({
      method: 'POST',
      path: `/articles/{id}/wire-update/${action}`,
      summary:
        action === 'apply'
          ? 'Take the wire’s newer version into a fetched story (a pending update if it is live)'
          : 'Dismiss the wire-update flag on a story',
      tag: 'wire',
      access: 'reporter',
      params: idParams,
      body: z.preprocess((b) => b ?? {}, z.strictObject({})),
      ifMatch: true,
      response: storyResourceSchema,
      async handler({ deps, principal, params, version, ip, reply }) {
        const act = action === 'apply' ? applyWireUpdate : dismissWireUpdate
        const story = await act(deps, principal!.actor, params.id, version, { ip })
        reply.header('etag', versionEtag(story.version))
        return storyResource(story, await resourceContext(deps), await deps.store.corrections.list(story.id))
      },
    }),
  ),
]
