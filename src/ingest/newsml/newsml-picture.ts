import type { MediaRef } from '../../core/normalized-item.ts'
import { usableImageSrc } from '../html/image-src.ts'
import { pickRendition } from '../ninjs/pick-rendition.ts'
import type { NinjsRendition } from '../ninjs/ninjs-schema.ts'
import { codeIn, expandQcode } from './newsml-concepts.ts'
import { attribute, elements } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

/** A remoteContent in the shape pickRendition reads. */
type Rendition = NinjsRendition & {
  name: string
  href: string
  contentType: string
  width: number | null
  height: number | null
}

/**
 * A picture item's image: its best `remoteContent` rendition by ninjs' rule (the smallest at least 1600 px wide,
 * else the widest; by name when no width is given), among those Dateline can fetch. A rendition with only a
 * `residref` or an href in another scheme (`file:`) is skipped with a warning. Null when none is left.
 */
export function pictureOf(
  contentSet: Element | undefined,
  text: { uri: string; caption: string; credit: string; alt: string; copyright: string },
  warnings: string[],
): MediaRef | null {
  const all = elements(contentSet, 'remoteContent').map(renditionOf)
  const usable = all.filter((r) => usableImageSrc(r.href))
  const skipped = all.filter((r) => !usable.includes(r))
  if (skipped.length) {
    const names = skipped.map((r, i) => r.name || r.href || `#${i + 1}`)
    warnings.push(`Skipped renditions without a usable href: ${names.join(', ')}`)
  }
  const rendition = pickRendition(usable, warnings)
  if (!rendition) {
    warnings.push(`No usable image rendition for ${text.uri}`)
    return null
  }
  const ref: MediaRef = {
    href: usableImageSrc(rendition.href)!,
    caption: text.caption,
    credit: text.credit,
    alt: text.alt,
  }
  if (/^image\//.test(rendition.contentType)) ref.mimeType = rendition.contentType
  if (rendition.width && rendition.height)
    Object.assign(ref, { width: rendition.width, height: rendition.height })
  ref.uri = text.uri
  if (text.copyright) ref.copyright = text.copyright
  return ref
}

function renditionOf(node: Element): Rendition {
  return {
    // `rnd:highRes` → `highres`, which pickRendition's name preference knows.
    name: (
      codeIn(expandQcode(attribute(node, 'rendition')), 'rnd', true) || attribute(node, 'rendition')
    ).toLowerCase(),
    href: attribute(node, 'href'),
    contentType: attribute(node, 'contenttype').toLowerCase(),
    width: dimension(attribute(node, 'width')),
    height: dimension(attribute(node, 'height')),
  }
}

function dimension(value: string): number | null {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : null
}
