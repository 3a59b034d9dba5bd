import type { Asset, Rendition } from '../../core/asset.ts'
import type { CropName } from '../../core/rendition-plan.ts'
import { renditionPath } from '../urls.ts'

const srcset = (renditions: Rendition[]) =>
  renditions.map((r) => `${renditionPath(r)} ${r.width}w`).join(', ')

export interface PictureProps {
  asset: Asset
  alt: string
  /** The `sizes` attribute: how wide the picture is shown at each viewport width. */
  sizes: string
  /** Show this crop (cut around the focal point) when the picture has it; the whole picture otherwise. */
  crop?: CropName
  /** Above the fold: load at once rather than lazily. */
  eager?: boolean
  /** The page's main picture (its largest paint): fetched before anything else. */
  priority?: boolean
  className?: string
}

/** The renditions of one shape in one format, narrowest first. */
export function renditionsOf(asset: Asset, format: Rendition['format'], crop: CropName | null): Rendition[] {
  return asset.renditions
    .filter((r) => r.format === format && (r.crop ?? null) === crop)
    .sort((a, b) => a.width - b.width)
}

/**
 * A responsive picture: AVIF and WebP for browsers that take them, JPEG for the rest, always with width and height
 * (so nothing moves as it loads), lazily loaded unless it is above the fold.
 */
export function Picture({
  asset,
  alt,
  sizes,
  crop,
  eager = false,
  priority = false,
  className,
}: PictureProps) {
  const shape = crop && renditionsOf(asset, 'jpeg', crop).length > 0 ? crop : null
  const jpeg = renditionsOf(asset, 'jpeg', shape)
  const webp = renditionsOf(asset, 'webp', shape)
  const avif = renditionsOf(asset, 'avif', shape)
  const fallback = jpeg.find((r) => r.width >= 800) ?? jpeg.at(-1)
  if (!fallback) return null
  const largest = jpeg.at(-1)!
  return (
    <picture class={className}>
      {avif.length > 0 && <source type="image/avif" srcset={srcset(avif)} sizes={sizes} />}
      {webp.length > 0 && <source type="image/webp" srcset={srcset(webp)} sizes={sizes} />}
      <img
        src={renditionPath(fallback)}
        srcset={srcset(jpeg)}
        sizes={sizes}
        width={largest.width}
        height={largest.height}
        alt={alt}
        loading={eager || priority ? 'eager' : 'lazy'}
        decoding={priority ? 'auto' : 'async'}
        {...(priority ? { fetchpriority: 'high' } : {})}
      />
    </picture>
  )
}
