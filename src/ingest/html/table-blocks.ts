import { isTag, isText } from 'domhandler'
import type { ChildNode, Element } from 'domhandler'
import type { Inline } from '../../core/inline.ts'
import type { WireBlock } from '../../core/normalized-item.ts'
import { textPieces } from './block-parts.ts'
import { joinInline } from './inline-text.ts'
import type { Marks } from './inline-text.ts'
import type { WalkContext } from './walk-context.ts'

const CELL_SEPARATOR = ' – '

/**
 * Tables are text containers here (we have no table block): each row becomes a paragraph of its cells joined by
 * " – ". Cells outside any row form a row of their own; anything else in the table is walked as ordinary flow.
 */
export function tableBlocks(el: Element, ctx: WalkContext, marks: Marks, depth: number): WireBlock[] {
  const out: WireBlock[] = []
  const after: WireBlock[] = []
  let strayCells: Element[] = []
  const addRow = (cells: readonly Element[]) => {
    const texts: Inline[] = cells.map((cell) => {
      const { pieces, rest } = textPieces(ctx.blocksOf(cell.children, marks, depth))
      after.push(...rest)
      return joinInline(pieces, ' ')
    })
    const content = joinInline(texts, CELL_SEPARATOR)
    if (content.length) out.push({ type: 'paragraph', content })
  }
  const flushStray = () => {
    if (strayCells.length) addRow(strayCells)
    strayCells = []
  }
  for (const child of el.children) {
    if (isTag(child) && child.name === 'tr') {
      flushStray()
      addRow(child.children.filter(isCell))
    } else if (isCell(child)) strayCells.push(child)
    else if (isTag(child) || isText(child)) {
      flushStray()
      out.push(...ctx.blocksOf([child], marks, depth))
    }
  }
  flushStray()
  return [...out, ...after]
}

function isCell(node: ChildNode): node is Element {
  return isTag(node) && (node.name === 'td' || node.name === 'th')
}
