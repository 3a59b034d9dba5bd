import type { Element } from 'domhandler'
import type { FigureRef, MediaRef } from '../../core/normalized-item.ts'
import { usableImageSrc } from './image-src.ts'
import type { WalkContext } from './walk-context.ts'

/** What the surrounding figure says about an image. */
export interface FigureText {
  caption: string
  credit: string
}

/**
 * An `<img>` as a figure reference. The caller's resolver, when it knows the image, supplies the picture (its best
 * rendition and metadata); otherwise `data-preview-src` (a larger preview than `src` in TT's bodies) or `src` is used.
 * The figure's own caption and credit win over the resolver's: they are what this story says about the picture.
 */
export function figureRef(img: Element, text: FigureText, ctx: WalkContext): FigureRef | null {
  const attrs = img.attribs
  const src = usableImageSrc(attrs['data-preview-src']) ?? usableImageSrc(attrs.src) ?? ''
  const alt = (attrs.alt ?? '').replace(/\s+/g, ' ').trim()
  const resolved = ctx.resolveImage?.({ src, attributes: { ...attrs } }) ?? null
  if (resolved) return { type: 'figure-ref', image: merge(resolved, text, alt) }
  if (!src) {
    ctx.warnings.push('Dropped an image without a usable http(s) or relative source')
    return null
  }
  const image: MediaRef = { href: src, caption: text.caption, credit: text.credit, alt: alt || text.caption }
  const uri = attrs['data-uri']?.trim()
  if (uri) image.uri = uri
  const width = dimension(attrs.width)
  const height = dimension(attrs.height)
  if (width && height) Object.assign(image, { width, height })
  return { type: 'figure-ref', image }
}

function merge(image: MediaRef, text: FigureText, alt: string): MediaRef {
  const caption = text.caption || image.caption
  return { ...image, caption, credit: text.credit || image.credit, alt: alt || image.alt || caption }
}

function dimension(value: string | undefined): number | undefined {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : undefined
}
