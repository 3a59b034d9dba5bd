import type { Asset, Rendition } from '../../core/asset.ts'
import { renditionPath } from '../urls.ts'

const srcset = (renditions: Rendition[]) =>
  renditions.map((r) => `${renditionPath(r)} ${r.width}w`).join(', ')

export interface PictureProps {
  asset: Asset
  alt: string
  /** The `sizes` attribute: how wide the picture is shown at each viewport width. */
  sizes: string
  /** Above the fold: load at once rather than lazily. */
  eager?: boolean
  /** The page's main picture (its largest paint): fetched before anything else. */
  priority?: boolean
  className?: string
}

/** A responsive picture: WebP for browsers that take it, JPEG for the rest, always with width and height. */
export function Picture({ asset, alt, sizes, eager = false, priority = false, className }: PictureProps) {
  const byFormat = (format: Rendition['format']) =>
    asset.renditions.filter((r) => r.format === format).sort((a, b) => a.width - b.width)
  const jpeg = byFormat('jpeg')
  const webp = byFormat('webp')
  const fallback = jpeg.find((r) => r.width >= 800) ?? jpeg.at(-1)
  if (!fallback) return null
  const largest = jpeg.at(-1)!
  return (
    <picture class={className}>
      {webp.length > 0 && <source type="image/webp" srcset={srcset(webp)} sizes={sizes} />}
      <img
        src={renditionPath(fallback)}
        srcset={srcset(jpeg)}
        sizes={sizes}
        width={largest.width}
        height={largest.height}
        alt={alt}
        loading={eager || priority ? 'eager' : 'lazy'}
        decoding={priority ? 'sync' : 'async'}
        {...(priority ? { fetchpriority: 'high' } : {})}
      />
    </picture>
  )
}
