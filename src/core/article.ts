import { z } from 'zod'
import { bodySchema } from './blocks.ts'
import type { WorkflowState } from './workflow.ts'

/** A byline entry. Bylines are not accounts: staff people, guests and agencies all appear here. */
export const contributorSchema = z.strictObject({
  kind: z.enum(['staff', 'guest', 'agency']),
  name: z.string().trim().min(1),
  /** A staff member's user id, once accounts exist. */
  userId: z.number().int().positive().optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Title or role shown with the name, e.g. "Staff Correspondent". */
  role: z.string().optional(),
})
export type Contributor = z.infer<typeof contributorSchema>

export const sourceKinds = ['wire', 'staff', 'partner', 'syndication', 'press-release', 'other'] as const
/** Where a story comes from, shown to readers as "Source: CNN". */
export const sourceAttributionSchema = z.strictObject({
  name: z.string().trim().min(1),
  kind: z.enum(sourceKinds),
  url: z.url({ protocol: /^https?$/ }).optional(),
})
export type SourceAttribution = z.infer<typeof sourceAttributionSchema>

/** The story's own use of an image: the asset plus this story's caption and credit. */
export const leadImageSchema = z.strictObject({
  assetId: z.number().int().positive(),
  caption: z.string().default(''),
  credit: z.string().default(''),
  alt: z.string().default(''),
})
export type LeadImage = z.infer<typeof leadImageSchema>

/** The dateline place, stored as data: "DHAKA", with the country when the desk wants it. */
export const datelineSchema = z.strictObject({
  place: z.string().trim().min(1),
  country: z.string().optional(),
})
export type Dateline = z.infer<typeof datelineSchema>

/** Where a story came from on the wire: the item's uri and version, so updates and kills can follow it. */
export const provenanceSchema = z.strictObject({
  uri: z.string().min(1),
  version: z.string(),
  format: z.string(),
  provider: z.string().optional(),
  /** `direct`: published straight from the wire, and kept in step with it; `fetched`: a desk's story made from it. */
  mode: z.enum(['direct', 'fetched']).optional(),
})
export type Provenance = z.infer<typeof provenanceSchema>

/** The publish state. (The newsroom workflow, draft → submitted → approved, is a separate axis.) */
export const articleStatuses = ['draft', 'published', 'unpublished', 'killed'] as const
export type ArticleStatus = (typeof articleStatuses)[number]

/** IPTC Media Topic codes are eight digits, e.g. 11000000 for politics. Labels change; codes do not. */
export const mediaTopicCodeSchema = z
  .string()
  .regex(/^\d{8}$/, 'must be an eight-digit IPTC Media Topic code')

export const articleContentSchema = z.object({
  // Lowercase, modifier and caseless letters (Bengali; Japanese ー and 々), digits and marks, joined by hyphens.
  slug: z
    .string()
    .max(200)
    .regex(
      /^[\p{Ll}\p{Lm}\p{Lo}\p{N}\p{M}]+(?:-[\p{Ll}\p{Lm}\p{Lo}\p{N}\p{M}]+)*$/u,
      'must be lowercase words joined by hyphens',
    ),
  headline: z.string().trim().min(1, 'must not be empty').max(300),
  summary: z.string().max(2000).default(''),
  body: bodySchema,
  deskId: z.number().int().positive().nullable(),
  sectionId: z.number().int().positive().nullable(),
  contributors: z.array(contributorSchema).default([]),
  source: sourceAttributionSchema.nullable(),
  leadImage: leadImageSchema.nullable(),
  dateline: datelineSchema.nullable(),
  topics: z.array(mediaTopicCodeSchema).default([]),
  tags: z.array(z.string().trim().min(1).max(100)).default([]),
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag'),
})
export type ArticleContent = z.infer<typeof articleContentSchema>

/** A flag on a story fetched from the wire: the agency sent something the desk should look at. */
export interface WireUpdateFlag {
  kind: 'update' | 'correction' | 'withheld' | 'canceled'
  version: string
  receivedAt: string
  itemId: number
}

/** The newsroom's side of a story: where it stands in the workflow, and who and what holds it back. */
export interface ArticleNewsroom {
  state: WorkflowState
  stageId: number | null
  /** The user who created it (a reporter's own story); null for wire and demo stories. */
  createdBy: number | null
  /** Not publishable before this instant. */
  embargoedUntil: string | null
  /** When a scheduled story goes out. */
  scheduledAt: string | null
  spikedAt: string | null
  /** Killed stories are locked: nothing may change them. */
  locked: boolean
  /** Edits to a published story that readers do not see yet; null when there are none. */
  pending: ArticleContent | null
  /** Set when the wire item the story was fetched from changed (update, correction, hold or kill) since. */
  wireUpdate: WireUpdateFlag | null
}

/**
 * A story. Its content fields are what readers see once it is published; edits made after that wait in `pending`
 * until they are published as an update.
 */
export interface Article extends ArticleContent, ArticleNewsroom {
  id: number
  status: ArticleStatus
  provenance: Provenance | null
  /** Goes up by one with every change; a write based on an older version is refused (409). */
  version: number
  /** When readers first saw it. */
  firstPublishedAt: string | null
  /** The public "Update:" time: moves when a published story is updated (not for minor fixes). */
  updatedAt: string | null
  /** The last change of any kind, for sitemaps and caches. */
  modifiedAt: string
  createdAt: string
}

/** The content the newsroom works on: the pending edits of a published story, else the story itself. */
export function workingCopy(article: Article): ArticleContent {
  if (article.pending) return article.pending
  const content: Record<string, unknown> = {}
  for (const key of articleContentKeys) content[key] = article[key]
  return content as ArticleContent
}

export const articleContentKeys = Object.keys(articleContentSchema.shape) as (keyof ArticleContent)[]

/** The byline as readers see it: "Jane Roe and John Doe". */
export function bylineText(contributors: readonly Contributor[]): string {
  const names = contributors.map((c) => c.name)
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
