import { isTag } from 'domhandler'
import type { ChildNode, Element } from 'domhandler'
import type { WireBlock } from '../../core/normalized-item.ts'
import { textPieces } from './block-parts.ts'
import { findAll, hasClass } from './dom-query.ts'
import { figureRef } from './image-ref.ts'
import { plainText } from './inline-text.ts'
import type { Marks } from './inline-text.ts'
import { quoteBlocks } from './quote-block.ts'
import { CREDIT_CLASSES } from './sanitize-wire-html.ts'
import type { WalkContext } from './walk-context.ts'

/**
 * A `figure`: each image in it becomes a figure reference carrying the figcaption and the credit (an element with
 * class `byline` or `credit`). A figure around a blockquote is a pull quote, its figcaption the attribution. A figure
 * with neither is walked as ordinary content.
 */
export function figureBlocks(el: Element, ctx: WalkContext, marks: Marks, depth: number): WireBlock[] {
  const images = findAll(el, (e) => e.name === 'img')
  const caption = findAll(el, (e) => e.name === 'figcaption')[0]
  const credits = findAll(el, (e) => hasClass(e, ...CREDIT_CLASSES))
  const textOf = (nodes: readonly ChildNode[]) =>
    plainText(textPieces(ctx.blocksOf(nodes, {}, depth)).pieces.flatMap((p) => [...p, { text: ' ' }]))
  const captionText = caption ? textOf(caption.children.filter((n) => !credits.includes(n as Element))) : ''
  if (!images.length) {
    const quote = el.children.find((n): n is Element => isTag(n) && n.name === 'blockquote')
    if (quote) return quoteBlocks(quote, ctx, marks, depth, captionText)
    return ctx.blocksOf(el.children, marks, depth)
  }
  const text = { caption: captionText, credit: credits.map((c) => textOf(c.children)).join(', ') }
  return images.flatMap((img) => figureRef(img, text, ctx) ?? [])
}

/** A standalone `<img>`: a figure reference with its alt text and no caption. */
export function imageBlocks(img: Element, ctx: WalkContext): WireBlock[] {
  const ref = figureRef(img, { caption: '', credit: '' }, ctx)
  return ref ? [ref] : []
}
