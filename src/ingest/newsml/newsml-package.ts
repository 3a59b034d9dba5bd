import type { MediaRef, WireBlock } from '../../core/normalized-item.ts'
import { usableImageSrc } from '../html/image-src.ts'
import { schemeCode } from './newsml-concepts.ts'
import { attribute, element, elements, text } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

/**
 * A packageItem's contents. Dateline does not fetch the referenced items, so the package becomes an item whose body
 * is one paragraph per reference (its title, else its id) in group order, and whose lead image is the first
 * picture or graphic reference with an href Dateline can fetch. A picture referenced only by `residref` gives no
 * lead image, with a warning: the picture arrives as an item of its own.
 */
export function packageContents(
  item: Element,
  warnings: string[],
): { body: WireBlock[]; leadImage: MediaRef | null } {
  const refs = elements(element(item, 'groupSet'), 'group').flatMap((g) => elements(g, 'itemRef'))
  const body: WireBlock[] = refs.flatMap((ref) => {
    const title = text(element(ref, 'title')) || attribute(ref, 'residref') || attribute(ref, 'href')
    return title ? [{ type: 'paragraph' as const, content: [{ text: title }] }] : []
  })
  const pictures = refs.filter((ref) => ['picture', 'graphic'].includes(itemClassOf(ref)))
  for (const ref of pictures) {
    const href = usableImageSrc(attribute(ref, 'href'))
    if (!href) continue
    const title = text(element(ref, 'title'))
    const caption = text(element(ref, 'description')) || title
    const leadImage: MediaRef = { href, caption, credit: '', alt: title || caption }
    const uri = attribute(ref, 'residref')
    if (uri) leadImage.uri = uri
    const type = attribute(ref, 'contenttype').toLowerCase()
    if (type.startsWith('image/')) leadImage.mimeType = type
    return { body, leadImage }
  }
  if (pictures.length) warnings.push('No lead image: the package refers to its pictures without an href')
  return { body, leadImage: null }
}

function itemClassOf(ref: Element): string {
  return schemeCode(element(ref, 'itemClass'), 'ninat', true)
}
