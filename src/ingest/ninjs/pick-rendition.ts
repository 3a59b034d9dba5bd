import type { NinjsRendition } from './ninjs-schema.ts'

/** Wide enough for a full-width lead image on a large screen (and Discover's 1200 px), without fetching originals. */
const ENOUGH_WIDTH = 1600
/** When no rendition gives a width: names agencies use for their best web-usable image, best first. */
const NAME_PREFERENCE = ['main', 'baseimage', 'highres', 'hires', 'original', 'preview', 'viewimage']

/**
 * The rendition to fetch for a picture: among image renditions with an href (captions as text/xml are not images),
 * the smallest at least 1600 px wide, else the widest; without widths, by name. Null when there is none.
 */
export function pickRendition<R extends NinjsRendition>(
  renditions: readonly R[],
  warnings: string[],
): R | null {
  const missing = renditions.filter((r) => !r.href?.trim())
  if (missing.length) {
    warnings.push(
      `Skipped renditions without an href: ${missing.map((r, i) => r.name || `#${i + 1}`).join(', ')}`,
    )
  }
  const images = renditions.filter(
    (r) => r.href?.trim() && (!r.contentType || /^\s*image\//i.test(r.contentType)),
  )
  const sized = images.filter((r) => typeof r.width === 'number' && r.width > 0)
  if (sized.length) {
    const byWidth = [...sized].sort((a, b) => a.width! - b.width!)
    return byWidth.find((r) => r.width! >= ENOUGH_WIDTH) ?? byWidth.at(-1)!
  }
  for (const name of NAME_PREFERENCE) {
    const found = images.find((r) => r.name?.trim().toLowerCase() === name)
    if (found) return found
  }
  return images[0] ?? null
}
