import type { Element } from 'domhandler'
import type { WireBlock } from '../../core/normalized-item.ts'
import { textPieces } from './block-parts.ts'
import { joinInline } from './inline-text.ts'
import type { Marks } from './inline-text.ts'
import type { WalkContext } from './walk-context.ts'

/** `h1`/`h2` become level 2 (the page's own h1 is the headline), `h3`–`h6` level 3. */
export function headingBlocks(el: Element, ctx: WalkContext, marks: Marks, depth: number): WireBlock[] {
  const { pieces, rest } = textPieces(ctx.blocksOf(el.children, marks, depth))
  const content = joinInline(pieces, ' ')
  if (!content.length) return rest
  const level = el.name === 'h1' || el.name === 'h2' ? 2 : 3
  return [{ type: 'heading', level, content }, ...rest]
}
