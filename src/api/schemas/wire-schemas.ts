import { z } from 'zod'
import { pollInterval as interval, ruleMatchSchema, sourceFormats } from '../../core/wire-desk.ts'
import { paging } from './common-schemas.ts'

export const queueQuery = z.strictObject({
  source: z.coerce.number().int().positive().optional(),
  desk: z.coerce.number().int().positive().optional(),
  status: z.enum(['queued', 'fetched', 'published', 'withheld', 'canceled']).optional(),
  urgency: z.coerce
    .number()
    .int()
    .min(1)
    .max(9)
    .optional()
    .describe('Items at least this urgent (1 = flash)'),
  q: z.string().trim().min(1).max(200).optional(),
  ...paging,
})

export const diffQuery = z.strictObject({
  from: z
    .string()
    .min(1)
    .max(100)
    .describe('The version to compare from (e.g. the one a story was fetched at)'),
  to: z.string().min(1).max(100).optional().describe('The version to compare to; the newest when absent'),
})

export const fetchBody = z.strictObject({
  deskId: z.number().int().positive(),
  stageId: z.number().int().positive().optional(),
})

export const documentsQuery = z.strictObject({
  source: z.coerce.number().int().positive().optional(),
  status: z.enum(['ingested', 'failed', 'ignored']).optional(),
  ...paging,
})

export const sourceCreateBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    format: z.enum(sourceFormats).default('auto'),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    dir: z.string().min(1).max(1000).optional(),
    interval: interval.default(60),
    deskId: z.number().int().positive().nullable().default(null),
    autoPublish: z.boolean().default(false),
  })
  .refine((s) => !(s.url && s.dir), { message: 'give url or dir, not both', path: ['dir'] })

export const sourcePatchBody = z
  .strictObject({
    enabled: z.boolean(),
    interval: interval,
    deskId: z.number().int().positive().nullable(),
    autoPublish: z.boolean(),
    format: z.enum(sourceFormats),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'name at least one field to change')

export const ruleCreateBody = z.strictObject({
  sourceId: z.number().int().positive().nullable().default(null),
  name: z.string().trim().min(1).max(100),
  match: ruleMatchSchema.default({}),
  deskId: z.number().int().positive().nullable().default(null),
  stageId: z.number().int().positive().nullable().default(null),
  publish: z.boolean().default(false),
  position: z.number().int().min(0).optional(),
})

export const sourceParams = z.strictObject({ source: z.string().min(1).max(100) })
