import { z } from 'zod'
import {
  contributorSchema,
  datelineSchema,
  leadImageSchema,
  mediaTopicCodeSchema,
  provenanceSchema,
  sourceAttributionSchema,
  articleStatuses,
} from '../../core/article.ts'
import { bodySchema } from '../../core/blocks.ts'
import { workflowStates } from '../../core/workflow.ts'
import { instant, paging } from './common-schemas.ts'

/** The fields the newsroom edits. Unknown fields are refused by name, so a typo never silently does nothing. */
export const storyFieldShape = {
  headline: z.string().trim().min(1).max(300),
  summary: z.string().max(2000),
  body: bodySchema,
  slug: z.string().min(1).max(200),
  deskId: z.number().int().positive().nullable(),
  stageId: z.number().int().positive().nullable(),
  sectionId: z.number().int().positive().nullable(),
  contributors: z.array(contributorSchema).max(30),
  source: sourceAttributionSchema.nullable(),
  leadImage: leadImageSchema.nullable(),
  dateline: datelineSchema.nullable(),
  topics: z.array(mediaTopicCodeSchema).max(30),
  tags: z.array(z.string().trim().min(1).max(100)).max(50),
  language: z.string().min(2).max(35),
  embargoedUntil: instant.nullable(),
}

export const storyCreateSchema = z.strictObject(storyFieldShape).partial().required({ headline: true })
export const storyPatchSchema = z
  .strictObject(storyFieldShape)
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'name at least one field to change')

export const storyListQuery = z.strictObject({
  desk: z.coerce.number().int().positive().optional(),
  stage: z.coerce.number().int().positive().optional(),
  state: z
    .string()
    .transform((s) => [...new Set(s.split(','))])
    .pipe(z.array(z.enum(workflowStates)).min(1))
    .optional()
    .describe('One workflow state, or several separated by commas (draft,submitted,approved)'),
  status: z.enum(articleStatuses).optional(),
  section: z.coerce.number().int().positive().optional(),
  q: z.string().trim().min(1).max(200).optional(),
  ...paging,
})

export const transitionBodies = {
  submit: z.strictObject({}),
  approve: z.strictObject({}),
  spike: z.strictObject({}),
  restore: z.strictObject({}),
  publish: z.strictObject({ minor: z.boolean().default(false) }),
  schedule: z.strictObject({ at: instant }),
  unpublish: z.strictObject({ reason: z.string().trim().max(1000).optional() }),
  correct: z.strictObject({ note: z.string().trim().min(1, 'must say what was corrected').max(2000) }),
  kill: z.strictObject({ reason: z.string().trim().min(1, 'must give the reason').max(2000) }),
} as const

const correctionResource = z.object({
  id: z.number(),
  note: z.string(),
  createdAt: z.string(),
  userId: z.number().nullable(),
})

/** A story as the API shows it: its working copy, where it stands, and what readers see of it. */
export const storyResource = z.object({
  id: z.number().int(),
  version: z.number().int(),
  status: z.enum(articleStatuses),
  state: z.enum(workflowStates),
  hasPendingChanges: z.boolean(),
  locked: z.boolean(),
  headline: z.string(),
  summary: z.string(),
  body: bodySchema,
  slug: z.string(),
  deskId: z.number().nullable(),
  sectionId: z.number().nullable(),
  contributors: z.array(contributorSchema),
  source: sourceAttributionSchema.nullable(),
  leadImage: leadImageSchema.nullable(),
  dateline: datelineSchema.nullable(),
  topics: z.array(z.string()),
  tags: z.array(z.string()),
  language: z.string(),
  stageId: z.number().nullable(),
  embargoedUntil: z.string().nullable(),
  scheduledAt: z.string().nullable(),
  spikedAt: z.string().nullable(),
  createdBy: z.number().nullable(),
  provenance: provenanceSchema.nullable(),
  firstPublishedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  modifiedAt: z.string(),
  createdAt: z.string(),
  url: z.string().nullable().describe('The public address, once published'),
  corrections: z.array(correctionResource).optional(),
})

export const storySummaryResource = storyResource.omit({ body: true, corrections: true })
