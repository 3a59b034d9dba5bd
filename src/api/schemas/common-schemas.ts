import { z } from 'zod'

export const idParams = z.strictObject({ id: z.coerce.number().int().positive() })

export const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}

/** An instant with its offset, as RFC 3339 asks: `2024-05-16T09:35:00+06:00`. */
export const instant = z.iso.datetime({
  offset: true,
  error: 'must be a date-time with an offset, e.g. 2024-05-16T09:35:00+06:00',
})

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })

export const ok = z.object({ ok: z.literal(true) })
