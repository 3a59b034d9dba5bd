import { z } from 'zod'
import { inlineSchema, inlineText } from './inline.ts'

/**
 * An article body is a list of blocks. HTML exists only at the edges: sanitized into blocks on the way in,
 * rendered from them on the way out. The editor's document maps one-to-one onto this.
 */
export const paragraphBlockSchema = z.strictObject({ type: z.literal('paragraph'), content: inlineSchema })
export const headingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3)]),
  content: inlineSchema,
})
export const figureBlockSchema = z.strictObject({
  type: z.literal('figure'),
  assetId: z.number().int().positive(),
  caption: z.string().max(2000).default(''),
  credit: z.string().max(300).default(''),
  alt: z.string().max(1000).default(''),
})
export const quoteBlockSchema = z.strictObject({
  type: z.literal('quote'),
  paragraphs: z.array(inlineSchema).min(1).max(100),
  /** Who said it, shown under the quote; empty when the text names them. */
  attribution: z.string().default(''),
})
export const listBlockSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(inlineSchema).min(1).max(1000),
})

export const blockSchema = z.discriminatedUnion('type', [
  paragraphBlockSchema,
  headingBlockSchema,
  figureBlockSchema,
  quoteBlockSchema,
  listBlockSchema,
])
/** A long read has a few hundred blocks; the limit is there so no request can make every save enormous. */
export const MAX_BLOCKS = 3000
export const bodySchema = z.array(blockSchema).max(MAX_BLOCKS)

export type Block = z.infer<typeof blockSchema>
export type FigureBlock = z.infer<typeof figureBlockSchema>
export type Body = Block[]

/** The reader-visible text of a body, one block a line: for search, summaries and word counts. */
export function bodyText(body: readonly Block[]): string {
  return body
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
          return inlineText(block.content)
        case 'quote':
          return [...block.paragraphs.map(inlineText), block.attribution].filter(Boolean).join('\n')
        case 'list':
          return block.items.map(inlineText).join('\n')
        case 'figure':
          return block.caption
      }
    })
    .filter(Boolean)
    .join('\n')
}

/** Asset ids a body shows, in order, without repeats. */
export function bodyAssetIds(body: readonly Block[]): number[] {
  return [...new Set(body.flatMap((b) => (b.type === 'figure' ? [b.assetId] : [])))]
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length
}
