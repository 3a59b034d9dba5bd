import { ValidationError } from '../../core/errors.ts'
import { pushDocument } from '../../services/wire/push-document.ts'
import {
  addRule,
  addSource,
  listSources,
  removeRule,
  removeSource,
} from '../../services/wire/source-admin.ts'
import { actedBy } from '../acted-by-request.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { idParams } from '../schemas/common-schemas.ts'
import {
  documentsQuery,
  ruleCreateBody,
  sourceCreateBody,
  sourceParams,
  sourcePatchBody,
} from '../schemas/wire-schemas.ts'

/** A source as the API shows it: never its token (only its creation answer carries that, once). */
const sourceView = <T extends { id: number }>(s: T) => s

export const sourceRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/sources',
    summary: 'Wire sources with their state: last success, last error, documents today',
    tag: 'wire',
    access: 'editor',
    async handler({ deps }) {
      return { items: (await listSources(deps)).map(sourceView) }
    },
  }),
  route({
    method: 'POST',
    path: '/sources',
    summary:
      'Add a source: a URL to poll, a folder to watch, or neither (push only). Returns its push token once',
    tag: 'wire',
    access: 'admin',
    body: sourceCreateBody,
    status: 201,
    async handler({ deps, principal, body, ip }) {
      const { interval, ...rest } = body
      const { source, token } = await addSource(
        deps,
        { ...rest, intervalSeconds: interval },
        actedBy(principal, ip),
      )
      return { source, token }
    },
  }),
  route({
    method: 'PATCH',
    path: '/sources/{id}',
    summary: 'Change a source: enable or pause it, its interval, desk, auto-publish or format',
    tag: 'wire',
    access: 'admin',
    params: idParams,
    body: sourcePatchBody,
    async handler({ deps, params, body }) {
      const { interval, ...rest } = body
      return deps.store.sources.update(params.id, {
        ...rest,
        ...(interval !== undefined ? { intervalSeconds: interval } : {}),
      })
    },
  }),
  route({
    method: 'DELETE',
    path: '/sources/{id}',
    summary: 'Remove a source (its items stay)',
    tag: 'wire',
    access: 'admin',
    params: idParams,
    status: 204,
    async handler({ deps, principal, params, ip }) {
      await removeSource(deps, params.id, actedBy(principal, ip))
    },
  }),
  route({
    method: 'GET',
    path: '/routing-rules',
    summary: 'Routing rules, in the order they are tried',
    tag: 'wire',
    access: 'editor',
    async handler({ deps }) {
      return { items: await deps.store.routingRules.list() }
    },
  }),
  route({
    method: 'POST',
    path: '/routing-rules',
    summary:
      'Add a routing rule: match (subjects, keywords, languages, urgency) → desk, stage, publish directly',
    tag: 'wire',
    access: 'admin',
    body: ruleCreateBody,
    status: 201,
    async handler({ deps, principal, body, ip }) {
      return addRule(deps, body, actedBy(principal, ip))
    },
  }),
  route({
    method: 'DELETE',
    path: '/routing-rules/{id}',
    summary: 'Remove a routing rule',
    tag: 'wire',
    access: 'admin',
    params: idParams,
    status: 204,
    async handler({ deps, principal, params, ip }) {
      await removeRule(deps, params.id, actedBy(principal, ip))
    },
  }),
  route({
    method: 'GET',
    path: '/ingest/documents',
    summary: 'The log of received documents: origin, arrival, format, what became of each item, errors',
    tag: 'wire',
    access: 'editor',
    query: documentsQuery,
    async handler({ deps, query }) {
      const items = await deps.store.wireDocuments.list({
        limit: query.limit,
        offset: query.offset,
        ...(query.source !== undefined ? { sourceId: query.source } : {}),
        ...(query.status !== undefined ? { status: query.status } : {}),
      })
      return { items, limit: query.limit, offset: query.offset }
    },
  }),
  route({
    method: 'POST',
    path: '/ingest/push/{source}',
    summary:
      'An agency pushes a document (any wire format) with the source’s token: Authorization: Bearer <token>',
    tag: 'wire',
    access: 'source-token',
    params: sourceParams,
    rawBody: true,
    status: 202,
    async handler({ deps, params, req }) {
      const bytes = req.body
      if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
        throw new ValidationError('Send the document as the request body', [
          { path: 'body', message: 'is empty' },
        ])
      }
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? null
      const { received } = await pushDocument(deps, { sourceRef: params.source, token, bytes })
      return {
        documentId: received.documentId,
        format: received.format,
        error: received.error ?? null,
        items: received.items.map(({ uri, version, outcome, detail, articleId }) => ({
          uri,
          version,
          outcome,
          detail,
          articleId,
        })),
      }
    },
  }),
]
