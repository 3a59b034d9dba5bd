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
  format: 'jpeg' | 'webp' | 'avif'
  bytes: Uint8Array
}

export interface ImageProcessor {
  /** Reads an image's size and type; throws a ParseError for anything that is not a supported image. */
  inspect(bytes: Uint8Array): Promise<ImageInfo>
  /** Resized copies no wider than the original, in web formats, keeping embedded credit and copyright. */
  renditions(bytes: Uint8Array, widths: readonly number[]): Promise<RenditionOutput[]>
}

/** Gets the bytes of a picture a wire item points to: an http(s) URL, or a path relative to the document. */
export interface ResourceFetcher {
  fetch(
    href: string,
    options: { baseDir?: string },
  ): Promise<{ bytes: Uint8Array; mimeType: string | undefined }>
}
