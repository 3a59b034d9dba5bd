import { z } from 'zod'
import {
  createWebhook,
  deleteWebhook,
  listDeliveries,
  listWebhooks,
} from '../../services/webhooks/webhook-service.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { idParams } from '../schemas/common-schemas.ts'
import {
  createdWebhookResource,
  deliveryListQuery,
  deliveryResource,
  webhookCreateSchema,
  webhookResource,
} from '../schemas/webhook-schemas.ts'

export const webhookRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/webhooks',
    summary: 'List the webhooks (without their secrets)',
    tag: 'webhooks',
    access: 'admin',
    response: z.object({ items: z.array(webhookResource) }),
    async handler({ deps }) {
      return { items: await listWebhooks(deps) }
    },
  }),
  route({
    method: 'POST',
    path: '/webhooks',
    summary:
      'Add a webhook for some of article.published, article.updated, article.unpublished, article.killed. The response carries its signing secret, shown this once',
    tag: 'webhooks',
    access: 'admin',
    body: webhookCreateSchema,
    response: createdWebhookResource,
    status: 201,
    async handler({ deps, principal, body, ip, reply }) {
      const { webhook, secret } = await createWebhook(deps, body, { byUserId: principal!.user.id, ip })
      reply.header('location', `/api/v1/webhooks/${webhook.id}`)
      return { ...webhook, secret }
    },
  }),
  route({
    method: 'DELETE',
    path: '/webhooks/{id}',
    summary: 'Remove a webhook, with its queued deliveries and their log',
    tag: 'webhooks',
    access: 'admin',
    params: idParams,
    status: 204,
    async handler({ deps, principal, params, ip }) {
      await deleteWebhook(deps, params.id, { byUserId: principal!.user.id, ip })
    },
  }),
  route({
    method: 'GET',
    path: '/webhooks/{id}/deliveries',
    summary:
      'The delivery log of a webhook, newest first: status, attempts, next attempt, last answer or error',
    tag: 'webhooks',
    access: 'admin',
    params: idParams,
    query: deliveryListQuery,
    response: z.object({ items: z.array(deliveryResource) }),
    async handler({ deps, params, query }) {
      return { items: await listDeliveries(deps, params.id, query.limit) }
    },
  }),
]
