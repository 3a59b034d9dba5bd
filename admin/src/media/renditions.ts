import type { LibraryAsset, Rendition } from './media-api.ts'

/**
 * The whole-picture renditions every browser shows (WebP, else JPEG; AVIF may still be in the making), narrowest
 * first. The crops are cut around the focal point, so the screens that set it show the whole picture.
 */
export function wholeRenditions(asset: Pick<LibraryAsset, 'renditions'>): Rendition[] {
  const whole = asset.renditions.filter((r) => !r.crop && r.format !== 'avif')
  const webp = whole.filter((r) => r.format === 'webp')
  return (webp.length ? webp : whole).sort((a, b) => a.width - b.width)
}

/** The narrowest whole rendition at least `width` wide (the widest there is, for a smaller picture). */
export function renditionFor(asset: Pick<LibraryAsset, 'renditions'>, width: number): Rendition | null {
  const list = wholeRenditions(asset)
  return list.find((r) => r.width >= width) ?? list.at(-1) ?? null
}

/** `srcset` of the whole renditions, so a sharp screen gets a wider file and a plain one a smaller. */
export function srcSet(asset: Pick<LibraryAsset, 'renditions'>): string {
  return wholeRenditions(asset)
    .map((r) => `${r.url} ${r.width}w`)
    .join(', ')
}

export type CropShape = '16x9' | '1x1' | '4x3'
const RATIOS: Record<CropShape, [number, number]> = { '16x9': [16, 9], '1x1': [1, 1], '4x3': [4, 3] }

/**
 * Where a crop of this shape sits in the picture when cut around the focal point, as the two percentages of CSS
 * `object-position` that show the same region in a box of that shape with `object-fit: cover`. The region is found
 * as the server finds it (src/core/rendition-plan.ts, focalCrop): the largest of that shape, centred on the point,
 * pushed back inside the picture.
 */
export function cropPosition(
  size: { width: number; height: number },
  shape: CropShape,
  focal: { x: number; y: number },
): { x: number; y: number } {
  const [rw, rh] = RATIOS[shape]
  const wider = size.width * rh > size.height * rw
  const width = wider ? Math.max(1, Math.round((size.height * rw) / rh)) : size.width
  const height = wider ? size.height : Math.max(1, Math.round((size.width * rh) / rw))
  const place = (centre: number, extent: number, total: number) =>
    Math.min(Math.max(0, Math.round(centre * total - extent / 2)), total - extent)
  const percent = (offset: number, spare: number) => (spare > 0 ? (offset / spare) * 100 : 50)
  return {
    x: percent(place(focal.x, width, size.width), size.width - width),
    y: percent(place(focal.y, height, size.height), size.height - height),
  }
}

/** A focal coordinate kept within 0..1 and to three decimals (what the API stores, without noise). */
export function clampFocal(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000
}
