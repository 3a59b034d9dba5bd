import type { MediaRef } from '../../core/normalized-item.ts'
import { usableImageSrc } from '../html/image-src.ts'
import { attr, childElements, cleanText, firstChild } from '../nitf/xml-tree.ts'
import type { XmlElement } from '../nitf/xml-tree.ts'
import { htmlText } from './feed-html.ts'
import { NS } from './feed-namespaces.ts'
import { resolveUrl } from './resolve-url.ts'

/** A picture the item offers: Media RSS content or thumbnail, an RSS enclosure, an Atom enclosure link. */
export interface PictureCandidate {
  url: string
  mimeType: string
  width: number | undefined
  height: number | undefined
  /** Thumbnails are previews: any full picture is preferred to them, whatever the sizes say. */
  thumbnail: boolean
  /** Elements whose media:credit, media:description … describe it, most specific first. */
  described: XmlElement[]
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i

/** The Media RSS pictures of an item, or of an Atom entry: `media:content` (also in `media:group`) and thumbnails. */
export function mediaCandidates(item: XmlElement): PictureCandidate[] {
  const out: PictureCandidate[] = []
  const visit = (el: XmlElement, described: XmlElement[]) => {
    for (const content of childElements(el, 'content', NS.media)) {
      if (isImage(content)) out.push(candidate(content, false, [content, ...described]))
      for (const thumb of childElements(content, 'thumbnail', NS.media)) {
        out.push(candidate(thumb, true, [content, ...described]))
      }
    }
    for (const thumb of childElements(el, 'thumbnail', NS.media)) out.push(candidate(thumb, true, described))
  }
  visit(item, [item])
  for (const group of childElements(item, 'group', NS.media)) visit(group, [group, item])
  return out
}

/** An enclosure (RSS `enclosure`, Atom `link rel="enclosure"`) when it is a picture. */
export function enclosureCandidate(
  el: XmlElement,
  urlAttribute: string,
  item: XmlElement,
): PictureCandidate[] {
  const mimeType = attr(el, 'type').toLowerCase()
  const url = attr(el, urlAttribute)
  const image = mimeType ? mimeType.startsWith('image/') : IMAGE_FILE.test(url)
  return image && url
    ? [{ url, mimeType, width: undefined, height: undefined, thumbnail: false, described: [item] }]
    : []
}

function isImage(content: XmlElement): boolean {
  const medium = attr(content, 'medium').toLowerCase()
  const type = attr(content, 'type').toLowerCase()
  if (medium) return medium === 'image'
  if (type) return type.startsWith('image/')
  return IMAGE_FILE.test(attr(content, 'url'))
}

function candidate(el: XmlElement, thumbnail: boolean, described: XmlElement[]): PictureCandidate {
  return {
    url: attr(el, 'url'),
    mimeType: attr(el, 'type').toLowerCase(),
    width: dimension(attr(el, 'width')),
    height: dimension(attr(el, 'height')),
    thumbnail,
    described,
  }
}

/**
 * The lead picture: a full picture before a thumbnail, then the largest; its URL resolved against the item's link.
 * Caption from `media:description` (else `media:title`), credit from `media:credit`, looked up from the picture
 * outwards (its group, then the item).
 */
export function pickLeadImage(
  candidates: readonly PictureCandidate[],
  base: string | undefined,
): MediaRef | null {
  const usable = candidates.flatMap((c) => {
    const href = usableImageSrc(resolveUrl(c.url, base))
    return href ? [{ ...c, href }] : []
  })
  const best = usable.reduce<(typeof usable)[number] | undefined>(
    (a, b) => (!a || better(b, a) ? b : a),
    undefined,
  )
  if (!best) return null
  const find = (local: string) => best.described.map((el) => firstChild(el, local, NS.media)).find(Boolean)
  const description = find('description')
  const title = cleanText(find('title'))
  const caption =
    (attr(description, 'type') === 'html' ? htmlText(cleanText(description)) : cleanText(description)) ||
    title
  const credits =
    best.described.map((el) => childElements(el, 'credit', NS.media)).find((c) => c.length) ?? []
  const image: MediaRef = {
    href: best.href,
    caption,
    credit: credits.map(cleanText).filter(Boolean).join(', '),
    alt: title || caption,
  }
  const copyright = cleanText(find('copyright'))
  if (copyright) image.copyright = copyright
  if (best.mimeType.startsWith('image/')) image.mimeType = best.mimeType
  if (best.width && best.height) Object.assign(image, { width: best.width, height: best.height })
  return image
}

function better(a: PictureCandidate, b: PictureCandidate): boolean {
  if (a.thumbnail !== b.thumbnail) return !a.thumbnail
  return (a.width ?? 0) * (a.height ?? 0) > (b.width ?? 0) * (b.height ?? 0)
}

function dimension(value: string): number | undefined {
  const n = Number(value)
  return value && Number.isInteger(n) && n > 0 ? n : undefined
}
