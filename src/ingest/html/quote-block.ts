import { isTag, isText } from 'domhandler'
import type { ChildNode, Element } from 'domhandler'
import type { WireBlock } from '../../core/normalized-item.ts'
import { textPieces } from './block-parts.ts'
import { plainText } from './inline-text.ts'
import type { Marks } from './inline-text.ts'
import type { WalkContext } from './walk-context.ts'

/**
 * A blockquote: its paragraphs (loose text makes one), with a `cite` or `footer` child, or a last paragraph that
 * holds nothing but a `cite`, as the attribution. `attribution` overrides, for `<figure><blockquote>…<figcaption>`.
 */
export function quoteBlocks(
  el: Element,
  ctx: WalkContext,
  marks: Marks,
  depth: number,
  attribution = '',
): WireBlock[] {
  const last = el.children.filter(isTag).at(-1)
  const sayers = el.children.filter((node) => isAttribution(node, node === last))
  const said = el.children.filter((node) => !sayers.includes(node))
  const { pieces, rest } = textPieces(ctx.blocksOf(said, marks, depth))
  if (!pieces.length) return rest
  const cited = sayers.map((node) => plainText(textPieces(ctx.blocksOf([node], {}, depth)).pieces.flat()))
  const who = (attribution || cited.filter(Boolean).join(', ')).replace(/^[\s—–―-]+/u, '')
  return [{ type: 'quote', paragraphs: pieces, attribution: who }, ...rest]
}

function isAttribution(node: ChildNode, isLast: boolean): boolean {
  if (!isTag(node)) return false
  if (node.name === 'cite' || node.name === 'footer') return true
  if (node.name !== 'p' || !isLast) return false
  const elements = node.children.filter(isTag)
  const loose = node.children.filter(isText).map((t) => t.data)
  return elements.length === 1 && elements[0]!.name === 'cite' && loose.every((t) => /^[\s—–―-]*$/u.test(t))
}
