import { z } from 'zod'

/**
 * The front page's slots an editor may fill: the lead, the stories beside it, the headlines under it, and the
 * featured story of each section's block (`section:<id>`). Unfilled slots are backfilled with the latest stories.
 */
export const fixedFrontSlots = ['lead', 'top-1', 'top-2', 'top-3', 'more-1', 'more-2', 'more-3'] as const

export const frontSlotName = z
  .string()
  .refine((s) => (fixedFrontSlots as readonly string[]).includes(s) || /^section:\d{1,9}$/.test(s), {
    message: `must be one of ${fixedFrontSlots.join(', ')} or section:<id>`,
  })

export const frontSlotsSchema = z.record(frontSlotName, z.number().int().positive().nullable())
