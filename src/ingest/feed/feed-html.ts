import { inlineText } from '../../core/inline.ts'
import type { WireBlock } from '../../core/normalized-item.ts'
import { htmlToBlocks } from '../html/html-to-blocks.ts'
import { textToBlocks } from '../html/text-to-blocks.ts'
import { resolveHtmlUrls } from './resolve-url.ts'

export interface FeedHtmlContext {
  /** The item's link: relative links and pictures in its HTML are resolved against it. */
  base: string | undefined
  headline: string
  warnings: string[]
}

/**
 * Feed HTML (already unescaped from the XML once) as sanitized blocks; a leading `<h1>` repeating the title goes, and
 * so do 1×1 images: tracking pixels (Medium's), which fetching would report back to the tracker.
 */
export function feedHtmlBlocks(html: string, context: FeedHtmlContext): WireBlock[] {
  const result = htmlToBlocks(resolveHtmlUrls(html, context.base), { dropHeadline: context.headline })
  context.warnings.push(...result.warnings)
  const blocks = result.blocks.filter((b) => b.type !== 'figure-ref' || !isPixel(b.image))
  if (blocks.length < result.blocks.length) context.warnings.push('Dropped a 1×1 tracking image')
  return blocks
}

function isPixel(image: { width?: number; height?: number }): boolean {
  return image.width !== undefined && image.height !== undefined && image.width <= 1 && image.height <= 1
}

/** Plain text (Atom `type="text"`) as paragraphs. */
export function feedTextBlocks(text: string, headline: string): WireBlock[] {
  return textToBlocks(text, { dropHeadline: headline })
}

/** The reader-visible text of blocks on one line: summaries are HTML in feeds, text in Dateline. */
export function blocksText(blocks: readonly WireBlock[]): string {
  return blocks
    .flatMap((b) => {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          return [inlineText(b.content)]
        case 'quote':
          return b.paragraphs.map(inlineText)
        case 'list':
          return b.items.map(inlineText)
        default:
          return []
      }
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** HTML as one line of text, sanitized first so a script's source never turns into summary text. */
export function htmlText(html: string): string {
  return blocksText(htmlToBlocks(html).blocks)
}
