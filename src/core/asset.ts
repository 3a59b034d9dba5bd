/** One resized copy of an image, made by the media adapter. */
export interface Rendition {
  width: number
  height: number
  format: 'jpeg' | 'webp' | 'avif'
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
  /** The point that crops must keep, 0..1 from the left and top. */
  focalX: number
  focalY: number
  renditions: Rendition[]
  createdAt: string
}

export type AssetInput = Omit<Asset, 'id' | 'createdAt'>
