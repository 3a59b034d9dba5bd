import type { MediaRef } from '../../core/normalized-item.ts'
import { usableImageSrc } from '../html/image-src.ts'
import type { ResolveImage } from '../html/html-to-blocks.ts'
import type { NinjsItem, NinjsMedia } from './ninjs-schema.ts'
import { entryText, pickAlt, pickCaption, pickCredit, pickHeadline } from './ninjs-texts.ts'
import { pickRendition } from './pick-rendition.ts'

const IMAGE_FILE = /^https?:\/\/[^\s?#]+\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#]\S*)?$/i

/**
 * A picture (an association, or an item that is itself a picture) as a reference to fetch: its best rendition, with
 * caption, credit and alt from its own metadata. When no rendition has an href but the picture's uri is itself an
 * image file (Business Wire does this), the uri is used. Null, with a warning, when there is nothing to fetch.
 */
export function mediaRef(media: NinjsMedia, warnings: string[]): MediaRef | null {
  const label = media.name || media.uri || 'picture'
  const rendition = pickRendition(media.renditions ?? [], warnings)
  let href = usableImageSrc(rendition?.href)
  if (rendition && !href)
    warnings.push(`Skipped a rendition of ${label} with an unusable href: ${rendition.href}`)
  if (!href && media.uri && IMAGE_FILE.test(media.uri.trim())) {
    href = media.uri.trim()
    warnings.push(`Used the uri of ${label} as its image: no rendition has an href`)
  }
  if (!href) {
    warnings.push(`No usable image rendition for ${label}`)
    return null
  }
  const caption = entryText(pickCaption(media)) || pickHeadline(media)
  const ref: MediaRef = { href, caption, credit: pickCredit(media), alt: pickAlt(media) || caption }
  if (rendition?.contentType && /^\s*image\//i.test(rendition.contentType))
    ref.mimeType = rendition.contentType.trim()
  if (rendition?.width && rendition.height)
    Object.assign(ref, { width: rendition.width, height: rendition.height })
  if (media.uri?.trim()) ref.uri = media.uri.trim()
  const copyright = media.copyrightNotice?.trim() || media.copyrightHolder?.trim()
  if (copyright) ref.copyright = copyright
  return ref
}

/**
 * The item's lead image: its own renditions when it is a picture or graphic, else the first picture association,
 * else the first graphic one (a graphic is often a logo or chart, a weaker lead than a photo).
 */
export function leadImageOf(item: NinjsItem, warnings: string[]): MediaRef | null {
  if (isPicture(item)) return mediaRef(item, warnings)
  const associations = item.associations ?? []
  const candidates = [
    ...associations.filter((a) => typeOf(a) === 'picture'),
    ...associations.filter((a) => typeOf(a) === 'graphic'),
  ]
  for (const association of candidates) {
    const ref = mediaRef(association, warnings)
    if (ref) return ref
  }
  return null
}

/**
 * Maps an `<img>` in the body onto an association: by `data-assoc-ref` (the association's name), `data-uri` or
 * `uri` (its uri, or TT's short id at the end of it), or a rendition href equal to the image's source.
 */
export function associationResolver(item: NinjsItem, warnings: string[]): ResolveImage {
  const refs = new Map<NinjsMedia, MediaRef | null>()
  return ({ src, attributes }) => {
    const association = (item.associations ?? []).find((a) => matches(a, src, attributes))
    if (!association) return null
    if (!refs.has(association)) refs.set(association, mediaRef(association, warnings))
    return refs.get(association) ?? null
  }
}

/** Whether the item is itself a picture or graphic, so its own renditions are the image. */
export function isPicture(media: NinjsMedia): boolean {
  return typeOf(media) === 'picture' || typeOf(media) === 'graphic'
}

function typeOf(media: NinjsMedia): string {
  return media.type?.trim().toLowerCase() ?? ''
}

function matches(a: NinjsMedia, src: string, attrs: Readonly<Record<string, string>>): boolean {
  const ref = attrs['data-assoc-ref']?.trim()
  if (ref) return a.name === ref
  const uri = a.uri?.trim()
  const ids = [attrs['data-uri'], attrs.uri].map((v) => v?.trim()).filter(Boolean)
  if (uri && ids.some((id) => uri === id || uri.endsWith(`/${id}`))) return true
  const sources = [src, attrs.src].filter(Boolean)
  return (a.renditions ?? []).some((r) => r.href && sources.includes(r.href.trim()))
}
