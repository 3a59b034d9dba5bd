import { z } from 'zod'
import { roles } from '../../core/roles.ts'
import { passwordSchema, userInputSchema } from '../../core/user.ts'
import { paging } from './common-schemas.ts'

const nonEmpty = (patch: object) => Object.keys(patch).length > 0

/** An account as the API shows it: never its password hash. */
export const userResource = z.object({
  id: z.number(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  deskIds: z.array(z.number()),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
})

export const userCreateBody = userInputSchema.extend({
  password: passwordSchema.optional().describe('Without one, a one-time password is made and returned once'),
})

export const userCreated = z.object({
  user: userResource,
  oneTimePassword: z
    .string()
    .optional()
    .describe('Only when no password was given: shown this once, and must be changed at the first sign-in'),
})

export const userPatchBody = z
  .strictObject({
    name: userInputSchema.shape.name,
    role: z.enum(roles),
    deskIds: z.array(z.number().int().positive()).max(100),
    disabled: z.boolean().describe('Disabling ends the account’s sessions and tokens at once'),
  })
  .partial()
  .refine(nonEmpty, 'name at least one field to change')

export const tokenCreateBody = z
  .strictObject({ name: z.string().trim().min(1).max(100).default('integration') })
  .default({ name: 'integration' })

export const tokenCreated = z.object({
  id: z.number(),
  name: z.string(),
  userId: z.number(),
  token: z.string().describe('Shown this once: send it as `Authorization: Bearer <token>`'),
})

export const auditQuery = z.strictObject({
  action: z.string().trim().min(1).max(100).optional().describe('e.g. user.update, article.publish'),
  targetType: z.string().trim().min(1).max(50).optional().describe('e.g. user, article, desk'),
  targetId: z.string().trim().min(1).max(200).optional(),
  ...paging,
})
export const auditEntryResource = z.object({
  id: z.number(),
  at: z.string(),
  userId: z.number().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
})
