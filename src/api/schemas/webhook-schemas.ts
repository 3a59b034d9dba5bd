import { z } from 'zod'
import { webhookEvents } from '../../core/workflow.ts'
import { paging } from './common-schemas.ts'

const webhookUrl = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' })
  .max(2000)
  .refine(
    // zod runs this check even after the URL check failed; only a parsable URL can carry credentials.
    (url) => !URL.canParse(url) || (!new URL(url).username && !new URL(url).password),
    'must not carry a user name or password: the signature authenticates Dateline',
  )

export const webhookCreateSchema = z.strictObject({
  url: webhookUrl,
  events: z
    .array(z.enum(webhookEvents))
    .min(1, 'must name at least one event')
    .max(webhookEvents.length)
    .transform((events) => [...new Set(events)]),
  secret: z
    .string()
    .min(32, 'must be at least 32 characters')
    .max(256)
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional()
    .describe('The signing secret; leave it out and Dateline makes one'),
})

export const deliveryListQuery = z.strictObject({ limit: paging.limit })

export const webhookResource = z.object({
  id: z.number().int(),
  url: z.string(),
  events: z.array(z.enum(webhookEvents)),
  active: z.boolean(),
  createdAt: z.string(),
})

export const createdWebhookResource = webhookResource.extend({
  secret: z.string().describe('The signing secret: shown this once, never again'),
})

export const deliveryResource = z.object({
  id: z.number().int(),
  webhookId: z.number().int(),
  event: z.enum(webhookEvents),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
})
