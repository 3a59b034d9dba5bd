import { z } from 'zod'
import { roles, type Role } from './roles.ts'

/** A newsroom account. Bylines are not accounts: a story's contributors may name anyone. */
export interface User {
  id: number
  email: string
  name: string
  role: Role
  deskIds: number[]
  disabled: boolean
  /** Set for an account created with a one-time password: it must choose its own before doing anything else. */
  mustChangePassword: boolean
  createdAt: string
}

export interface UserRecord extends User {
  passwordHash: string
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'must be an email address' }))

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const passwordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters')

export const userInputSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1).max(120),
  role: z.enum(roles),
  deskIds: z.array(z.number().int().positive()).default([]),
})
export type UserInput = z.input<typeof userInputSchema>
