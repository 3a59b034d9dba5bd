import type { Inline } from '../../core/inline.ts'
import type { WireBlock } from '../../core/normalized-item.ts'

/**
 * Splits walked blocks into their text (paragraphs, headings, quote paragraphs, list items, in order) and everything
 * else (figures). Our blocks do not nest, so a container that may hold only text (a heading, a list item, a quote)
 * keeps the text and hands the rest back to be placed after it.
 */
export function textPieces(blocks: readonly WireBlock[]): { pieces: Inline[]; rest: WireBlock[] } {
  const pieces: Inline[] = []
  const rest: WireBlock[] = []
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        pieces.push(block.content)
        break
      case 'quote':
        pieces.push(...block.paragraphs)
        break
      case 'list':
        pieces.push(...block.items)
        break
      default:
        rest.push(block)
    }
  }
  return { pieces, rest }
}
