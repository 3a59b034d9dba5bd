import { z } from 'zod'

/** A desk is a team that owns stories, e.g. "International Desk". Readers see its name over the byline. */
export interface Desk {
  id: number
  name: string
  slug: string
  /** Where stories of this desk go on the site unless an editor chooses otherwise. */
  defaultSectionId: number | null
}

export const deskInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  defaultSectionId: z.number().int().positive().nullable().default(null),
})
export type DeskInput = z.input<typeof deskInputSchema>
