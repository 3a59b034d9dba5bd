import type { CropName, Rendition } from './asset.ts'

export type { CropName }
export const cropRatios: Record<CropName, readonly [number, number]> = {
  '16x9': [16, 9],
  '4x3': [4, 3],
  '1x1': [1, 1],
}

export type RenditionFormat = Rendition['format']

/** A rectangle of the (upright) original, in pixels. */
export interface Region {
  left: number
  top: number
  width: number
  height: number
}

export interface Focal {
  x: number
  y: number
}

/**
 * The largest region of the given shape that keeps the focal point, as near its centre as the picture's edges allow.
 * The focal point is always inside: the region is centred on it and then pushed back within the picture.
 */
export function focalCrop(size: { width: number; height: number }, crop: CropName, focal: Focal): Region {
  const [rw, rh] = cropRatios[crop]
  const wider = size.width * rh > size.height * rw
  const width = wider ? Math.max(1, Math.round((size.height * rw) / rh)) : size.width
  const height = wider ? size.height : Math.max(1, Math.round((size.width * rh) / rw))
  const place = (centre: number, extent: number, total: number) =>
    Math.min(Math.max(0, Math.round(centre * total - extent / 2)), total - extent)
  return {
    left: place(focal.x, width, size.width),
    top: place(focal.y, height, size.height),
    width,
    height,
  }
}

/** One rendition an asset should have. `later`: too slow to make during an upload; a background job makes it. */
export interface PlannedRendition {
  crop: CropName | null
  width: number
  format: RenditionFormat
  later: boolean
}

/** Widths of the whole picture (article pages, body pictures). */
export const FULL_WIDTHS = [400, 600, 800, 1200, 1600] as const
/** Widths of the 16:9 crop (teasers, from phone thumbnails to the lead on a wide screen). */
const TEASER_WIDTHS = [200, 400, 600, 800, 1200] as const
/** Search engines want 16:9, 4:3 and 1:1 at least 1,200 pixels wide (JSON-LD, Open Graph). */
const MACHINE_WIDTH = 1200

/**
 * Every rendition a picture of this size should have: the whole picture and its 16:9 crop in AVIF, WebP and JPEG at
 * several widths (AVIF later: it takes seconds to encode), and 4:3 and 1:1 crops in JPEG for search engines. No
 * rendition is wider than what it is cut from, so a small picture has fewer widths.
 */
export function renditionPlan(size: { width: number; height: number }, focal: Focal): PlannedRendition[] {
  const plan: PlannedRendition[] = []
  const add = (crop: CropName | null, widths: readonly number[], formats: readonly RenditionFormat[]) => {
    const available = crop ? focalCrop(size, crop, focal).width : size.width
    const fitted = [...new Set(widths.map((w) => Math.min(w, available)))]
    for (const format of formats)
      for (const width of fitted) plan.push({ crop, width, format, later: format === 'avif' })
  }
  add(null, FULL_WIDTHS, ['avif', 'webp', 'jpeg'])
  add('16x9', TEASER_WIDTHS, ['avif', 'webp', 'jpeg'])
  add('4x3', [MACHINE_WIDTH], ['jpeg'])
  add('1x1', [MACHINE_WIDTH], ['jpeg'])
  return plan
}

const EXTENSION: Record<RenditionFormat, string> = { jpeg: 'jpg', webp: 'webp', avif: 'avif' }

/**
 * Where a rendition is stored (and, under /media/, served): content-addressed by the original's hash, and for a crop
 * by the focal point too, so moving the focal point gives new addresses and cached copies never go stale.
 */
export function renditionKey(
  sha256: string,
  r: { crop: CropName | null; width: number; format: RenditionFormat },
  focal: Focal,
): string {
  const dir = `r/${sha256.slice(0, 16)}/`
  const permille = (n: number) => Math.round(n * 1000)
  const crop = r.crop ? `${r.crop}-${permille(focal.x)}-${permille(focal.y)}-` : ''
  return `${dir}${crop}${r.width}.${EXTENSION[r.format]}`
}

/** The planned renditions an asset does not have yet. */
export function missingRenditions(
  plan: readonly PlannedRendition[],
  have: readonly Pick<Rendition, 'crop' | 'width' | 'format'>[],
): PlannedRendition[] {
  const id = (r: { crop?: CropName | null; width: number; format: string }) =>
    `${r.crop ?? ''}/${r.width}/${r.format}`
  const present = new Set(have.map(id))
  return plan.filter((p) => !present.has(id(p)))
}
