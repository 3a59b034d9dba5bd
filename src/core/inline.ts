import { z } from 'zod'
import { isSafeHref, type Span } from './spans.ts'

export { inlineText, isSafeHref, normalizeInline, tidyInline, type Inline, type Span } from './spans.ts'

/** A span as stored and accepted from the API: the shape of `Span` (spans.ts), with its limits. */
export const spanSchema = z.strictObject({
  text: z.string().max(100_000),
  bold: z.literal(true).optional(),
  italic: z.literal(true).optional(),
  href: z
    .string()
    .max(2000)
    .refine((h) => isSafeHref(h), 'must be an absolute http(s) or mailto: link')
    .optional(),
}) satisfies z.ZodType<Span>

export const inlineSchema = z.array(spanSchema).max(5000)
