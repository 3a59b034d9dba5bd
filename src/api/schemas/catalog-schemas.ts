import { z } from 'zod'
import type { Asset } from '../../core/asset.ts'
import { deskInputSchema } from '../../core/desk.ts'
import { sectionInputSchema } from '../../core/section.ts'
import { settingsSchema, settingsShape } from '../../core/settings.ts'
import { paging } from './common-schemas.ts'

const nonEmpty = (patch: object) => Object.keys(patch).length > 0
const id = z.number().int().positive()

export const stageResource = z.object({
  id: z.number(),
  deskId: z.number(),
  name: z.string(),
  position: z.number(),
})
export const deskResource = z.object({
  id: z.number(),
  name: z.string(),
  slug: z.string(),
  defaultSectionId: z.number().nullable(),
  stages: z.array(stageResource),
})
export const deskCreateBody = z.strictObject({
  name: deskInputSchema.shape.name,
  defaultSectionId: id.nullable().optional(),
})
export const deskPatchBody = deskCreateBody.partial().refine(nonEmpty, 'name at least one field to change')
export const stageCreateBody = z.strictObject({
  name: z.string().trim().min(1).max(60),
  position: z.number().int().min(0).max(10_000).optional().describe('Order on the board; last when left out'),
})

export const sectionResource = z.object({
  id: z.number(),
  name: z.string(),
  slug: z.string(),
  position: z.number(),
})
const sectionFields = {
  name: sectionInputSchema.shape.name,
  slug: sectionInputSchema.shape.slug.describe('Made from the name when left out'),
  position: z
    .number()
    .int()
    .min(0)
    .max(10_000)
    .optional()
    .describe('Order in the navigation; last when left out'),
}
export const sectionCreateBody = z.strictObject(sectionFields)
export const sectionPatchBody = z
  .strictObject(sectionFields)
  .partial()
  .refine(nonEmpty, 'name at least one field to change')

export const settingsResource = settingsSchema
/** Any settings, each checked by its own rule; an unknown key is refused by name. */
export const settingsPatchBody = z
  .strictObject(settingsShape)
  .partial()
  .refine(nonEmpty, 'name at least one setting to change')

const text = (max: number) => z.string().trim().max(max)
const licenceUrl = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL, or empty' }).max(2000),
])
const assetText = { caption: text(2000), credit: text(300), alt: text(1000) }
/** The text fields sent with an upload, beside the `file` part. */
export const assetUploadFields = z.strictObject(assetText).partial()
export const assetPatchBody = z
  .strictObject({
    ...assetText,
    focalX: z.number().min(0).max(1).describe('The point crops keep, 0 (left) to 1 (right)'),
    focalY: z.number().min(0).max(1).describe('The point crops keep, 0 (top) to 1 (bottom)'),
    licenseUrl: licenceUrl.describe('Where the licence of the picture is written (schema.org license)'),
    acquireLicenseUrl: licenceUrl.describe('Where a reader can license the picture (acquireLicensePage)'),
  })
  .partial()
  .refine(nonEmpty, 'name at least one field to change')
export const assetListQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().describe('Text in the caption, credit or alt text'),
  ...paging,
})

export const assetResource = z.object({
  id: z.number(),
  mimeType: z.string(),
  width: z.number(),
  height: z.number(),
  bytes: z.number(),
  caption: z.string(),
  credit: z.string(),
  alt: z.string(),
  source: z.string(),
  copyright: z.string(),
  focalX: z.number(),
  focalY: z.number(),
  licenseUrl: z.string(),
  acquireLicenseUrl: z.string(),
  renditionsPending: z.boolean().describe('Some renditions (AVIF, new crops) are still being made'),
  createdAt: z.string(),
  renditions: z.array(
    z.object({
      width: z.number(),
      height: z.number(),
      format: z.enum(['jpeg', 'webp', 'avif']),
      crop: z.enum(['16x9', '4x3', '1x1']).optional().describe('Cut around the focal point; absent: whole'),
      bytes: z.number(),
      url: z.string().describe('Public and immutable, below /media/r/'),
    }),
  ),
})

/** A picture as the API shows it: its renditions by public URL; the original's storage key stays inside. */
export function toAssetResource(asset: Asset): z.infer<typeof assetResource> {
  const { key: _key, sha256: _sha, kind: _kind, renditions, ...rest } = asset
  return { ...rest, renditions: renditions.map(({ key, ...r }) => ({ ...r, url: `/media/${key}` })) }
}
