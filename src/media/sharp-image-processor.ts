import sharp, { type Metadata } from 'sharp'
import { ParseError } from '../core/errors.ts'
import type { ImageInfo, ImageProcessor, RenditionOutput } from '../core/ports.ts'

const FORMATS: Record<string, ImageInfo['format']> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  heif: 'avif',
  gif: 'gif',
  tiff: 'tiff',
}

/** A decompression bomb guard: no wire picture needs more than 100 megapixels. */
const MAX_PIXELS = 100_000_000

/** Images through sharp (libvips). Renditions keep the embedded IPTC/XMP credit and copyright. */
export function sharpImageProcessor(): ImageProcessor {
  return {
    async inspect(bytes) {
      let meta: Metadata
      try {
        meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata()
      } catch (error) {
        throw new ParseError({ source: 'image', message: 'Not a readable image', cause: error })
      }
      const format = meta.format && FORMATS[meta.format]
      if (!format || !meta.width || !meta.height) {
        throw new ParseError({
          source: 'image',
          message: `Unsupported image type: ${meta.format ?? 'unknown'}`,
        })
      }
      if (meta.width * meta.height > MAX_PIXELS) {
        throw new ParseError({
          source: 'image',
          message: `Image too large: ${meta.width}×${meta.height} pixels`,
        })
      }
      // EXIF orientations 5–8 turn the picture on its side: report the size readers will see.
      const sideways = (meta.orientation ?? 1) >= 5
      return {
        width: sideways ? meta.height : meta.width,
        height: sideways ? meta.width : meta.height,
        mimeType: format === 'avif' ? 'image/avif' : `image/${format}`,
        format,
      }
    },

    async renditions(bytes, widths) {
      const base = sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate()
      const meta = await base.clone().metadata()
      const originalWidth = ((meta.orientation ?? 1) >= 5 ? meta.height : meta.width) ?? 0
      const targets = [...new Set(widths.map((w) => Math.min(w, originalWidth)))].sort((a, b) => a - b)
      const out: RenditionOutput[] = []
      for (const width of targets) {
        const resized = base.clone().resize({ width, withoutEnlargement: true }).keepMetadata()
        const [webp, jpeg] = await Promise.all([
          resized.clone().webp({ quality: 78 }).toBuffer({ resolveWithObject: true }),
          resized
            .clone()
            .jpeg({ quality: 80, mozjpeg: true, progressive: true })
            .toBuffer({ resolveWithObject: true }),
        ])
        out.push({ width: webp.info.width, height: webp.info.height, format: 'webp', bytes: webp.data })
        out.push({ width: jpeg.info.width, height: jpeg.info.height, format: 'jpeg', bytes: jpeg.data })
      }
      return out
    },
  }
}
