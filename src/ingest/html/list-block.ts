import { isTag } from 'domhandler'
import type { Element } from 'domhandler'
import type { Inline } from '../../core/inline.ts'
import type { WireBlock } from '../../core/normalized-item.ts'
import { joinInline } from './inline-text.ts'
import type { Marks } from './inline-text.ts'
import type { WalkContext } from './walk-context.ts'

/**
 * `ul`/`ol`: one item per `li`. Our lists do not nest, so a nested list's items follow its parent item in the same
 * list; several paragraphs in one `li` stay one item, joined by a line break. Figures inside go after the list.
 */
export function listBlocks(el: Element, ctx: WalkContext, marks: Marks, depth: number): WireBlock[] {
  const items: Inline[] = []
  const after: WireBlock[] = []
  for (const child of el.children) {
    const nodes = isTag(child) && child.name === 'li' ? child.children : [child]
    let item: Inline[] = []
    const flushItem = () => {
      const joined = joinInline(item, '\n')
      if (joined.length) items.push(joined)
      item = []
    }
    for (const block of ctx.blocksOf(nodes, marks, depth)) {
      if (block.type === 'paragraph' || block.type === 'heading') item.push(block.content)
      else if (block.type === 'quote') item.push(...block.paragraphs)
      else if (block.type === 'list') {
        flushItem()
        items.push(...block.items)
      } else after.push(block)
    }
    flushItem()
  }
  if (!items.length) return after
  return [{ type: 'list', ordered: el.name === 'ol', items }, ...after]
}
