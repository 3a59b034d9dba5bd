import type { MediaRef } from '../../core/normalized-item.ts'
import { usableImageSrc } from '../html/image-src.ts'
import { attr, childElements, cleanText } from './xml-tree.ts'
import type { XmlElement } from './xml-tree.ts'

const PICTURE_TYPES = new Set(['', 'image', 'photo', 'graphic', 'picture'])

/**
 * A NITF `media` element as a picture: the largest of its `media-reference`s that is an image with a usable source,
 * `media-caption` as the caption and `media-producer` as the credit. Null (warned) for video, audio and references
 * Dateline may not fetch (`javascript:`, `data:` …).
 */
export function nitfMediaRef(media: XmlElement, warnings: string[]): MediaRef | null {
  const type = attr(media, 'media-type').toLowerCase()
  if (!PICTURE_TYPES.has(type)) {
    warnings.push(`Skipped a ${type} media element: only pictures are taken`)
    return null
  }
  const candidates = childElements(media, 'media-reference').flatMap((ref) => {
    const href = usableImageSrc(attr(ref, 'source'))
    const mimeType = attr(ref, 'mime-type').toLowerCase()
    if (!href || (mimeType && !mimeType.startsWith('image/'))) return []
    return [
      { ref, href, mimeType, width: dimension(attr(ref, 'width')), height: dimension(attr(ref, 'height')) },
    ]
  })
  const best = candidates.reduce<(typeof candidates)[number] | undefined>(
    (a, b) => (!a || area(b) > area(a) ? b : a),
    undefined,
  )
  if (!best) {
    warnings.push('Dropped a media element without a usable picture reference')
    return null
  }
  const caption = childElements(media, 'media-caption').map(cleanText).filter(Boolean).join(' ')
  const image: MediaRef = {
    href: best.href,
    caption,
    credit: childElements(media, 'media-producer').map(cleanText).filter(Boolean).join(', '),
    alt: attr(best.ref, 'alternate-text') || caption,
  }
  if (best.mimeType) image.mimeType = best.mimeType
  if (best.width && best.height) Object.assign(image, { width: best.width, height: best.height })
  return image
}

function area(c: { width: number | undefined; height: number | undefined }): number {
  return (c.width ?? 0) * (c.height ?? 0)
}

function dimension(value: string): number | undefined {
  const n = Number(value)
  return value && Number.isInteger(n) && n > 0 ? n : undefined
}
