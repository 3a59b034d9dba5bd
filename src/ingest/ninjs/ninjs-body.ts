import type { MediaRef, WireBlock } from '../../core/normalized-item.ts'
import { htmlToBlocks } from '../html/html-to-blocks.ts'
import { textToBlocks } from '../html/text-to-blocks.ts'
import { associationResolver, isPicture } from './ninjs-image.ts'
import type { NinjsItem, NinjsTextEntry } from './ninjs-schema.ts'
import { isHtml, pickCaption } from './ninjs-texts.ts'

/**
 * The item's body as blocks. Of several bodies, the first HTML one (any content type containing "html": IPTC's own
 * examples use `body_xhtml`), else the first text/plain one, else one without a type. A picture without a body
 * gets its caption. Figures showing the lead image are removed, so the picture does not appear twice.
 */
export function bodyOf(
  item: NinjsItem,
  context: { headline: string; leadImage: MediaRef | null; warnings: string[] },
): WireBlock[] {
  const bodies = (item.bodies ?? []).filter((b) => b.value?.trim())
  const type = (b: NinjsTextEntry) => b.contentType?.trim().toLowerCase() ?? ''
  const chosen =
    bodies.find((b) => type(b).includes('html')) ??
    bodies.find((b) => type(b).startsWith('text/plain')) ??
    bodies.find((b) => !type(b)) ??
    (isPicture(item) ? pickCaption(item) : undefined)
  if (!chosen) {
    if (bodies.length) context.warnings.push(`No body in a readable format: ${bodies.map(type).join(', ')}`)
    else if (!isPicture(item)) context.warnings.push('No body in the item')
    return []
  }
  const blocks = toBlocks(chosen, item, context)
  const lead = context.leadImage
  return lead ? blocks.filter((b) => b.type !== 'figure-ref' || !sameImage(b.image, lead)) : blocks
}

function toBlocks(
  entry: NinjsTextEntry,
  item: NinjsItem,
  context: { headline: string; warnings: string[] },
): WireBlock[] {
  const value = entry.value ?? ''
  if (!isHtml(entry)) return textToBlocks(value, { dropHeadline: context.headline })
  const result = htmlToBlocks(value, {
    resolveImage: associationResolver(item, context.warnings),
    dropHeadline: context.headline,
  })
  context.warnings.push(...result.warnings)
  return result.blocks
}

function sameImage(a: MediaRef, b: MediaRef): boolean {
  return Boolean(a.uri && a.uri === b.uri) || a.href === b.href
}
