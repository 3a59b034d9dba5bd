/** The shapes pictures are cropped to: 16:9 for teasers and cards; 16:9, 4:3 and 1:1 for search engines. */
export type CropName = '16x9' | '4x3' | '1x1'

/** One resized copy of an image (or of a crop of it), made by the media adapter. */
export interface Rendition {
  width: number
  height: number
  format: 'jpeg' | 'webp' | 'avif'
  /** The shape it was cropped to around the focal point (see rendition-plan.ts); absent for the whole picture. */
  crop?: CropName
  /** Storage key, also the last part of its public URL. */
  key: string
  bytes: number
}

/** An image in the media library: the original file plus its renditions and default caption, credit and alt. */
export interface Asset {
  id: number
  kind: 'image'
  /** Storage key of the original file. */
  key: string
  mimeType: string
  width: number
  height: number
  bytes: number
  sha256: string
  caption: string
  credit: string
  alt: string
  /** Who supplied it: an agency, a photographer, "Dateline demo". */
  source: string
  copyright: string
  /** Where the picture's licence is written (schema.org `license`); empty when none is known. */
  licenseUrl: string
  /** Where a reader can license the picture (schema.org `acquireLicensePage`); empty when none is known. */
  acquireLicenseUrl: string
  /** The point that crops must keep, 0..1 from the left and top. */
  focalX: number
  focalY: number
  renditions: Rendition[]
  /** Renditions of the plan are still to be made (AVIF, or crops after the focal point moved). */
  renditionsPending: boolean
  createdAt: string
}

export type AssetInput = Omit<Asset, 'id' | 'createdAt'>
