import type { Region, RenditionFormat } from '../rendition-plan.ts'

/** Files by key: originals and renditions of images. */
export interface MediaStorage {
  put(key: string, bytes: Uint8Array): Promise<void>
  get(key: string): Promise<Uint8Array | null>
  remove(key: string): Promise<void>
}

export interface ImageInfo {
  width: number
  height: number
  mimeType: string
  format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff'
}

export interface RenditionOutput {
  width: number
  height: number
  format: RenditionFormat
  bytes: Uint8Array
}

export interface ImageProcessor {
  /** Reads an image's size and type; throws a ParseError for anything that is not a supported image. */
  inspect(bytes: Uint8Array): Promise<ImageInfo>
  /**
   * Resized copies of the upright picture, or of one region of it, at each width (none wider than its source) in
   * each format, keeping the embedded credit and copyright (IPTC, XMP, EXIF).
   */
  renditions(
    bytes: Uint8Array,
    request: { widths: readonly number[]; formats: readonly RenditionFormat[]; region?: Region },
  ): Promise<RenditionOutput[]>
}

/** Gets the bytes of a picture a wire item points to: an http(s) URL, or a path relative to the document. */
export interface ResourceFetcher {
  fetch(
    href: string,
    options: { baseDir?: string },
  ): Promise<{ bytes: Uint8Array; mimeType: string | undefined }>
}
