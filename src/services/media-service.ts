import { createHash } from 'node:crypto'
import type { Asset } from '../core/asset.ts'
import type { ServiceDeps } from './service-deps.ts'

/** The widths readers' screens need; each is made in WebP and JPEG. */
export const renditionWidths = [400, 800, 1200, 1600] as const

export interface ImageMeta {
  caption?: string
  credit?: string
  alt?: string
  source?: string
  copyright?: string
}

/**
 * Stores an image in the media library: the original and its renditions under content-addressed keys, then the asset
 * row. The same bytes twice give the same asset, so a picture sent with every version of a wire story is kept once.
 */
export async function importImage(
  deps: Pick<ServiceDeps, 'store' | 'media' | 'images' | 'clock'>,
  bytes: Uint8Array,
  meta: ImageMeta = {},
): Promise<Asset> {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const existing = await deps.store.assets.getBySha256(sha256)
  if (existing) return existing

  const info = await deps.images.inspect(bytes)
  const originalKey = `originals/${sha256.slice(0, 2)}/${sha256}.${info.format === 'jpeg' ? 'jpg' : info.format}`
  await deps.media.put(originalKey, bytes)

  const outputs = await deps.images.renditions(bytes, renditionWidths)
  const renditions = []
  for (const r of outputs) {
    const key = `r/${sha256.slice(0, 16)}/${r.width}.${r.format === 'jpeg' ? 'jpg' : r.format}`
    await deps.media.put(key, r.bytes)
    renditions.push({ width: r.width, height: r.height, format: r.format, key, bytes: r.bytes.byteLength })
  }

  try {
    return await deps.store.assets.create(
      {
        kind: 'image',
        key: originalKey,
        mimeType: info.mimeType,
        width: info.width,
        height: info.height,
        bytes: bytes.byteLength,
        sha256,
        caption: meta.caption ?? '',
        credit: meta.credit ?? '',
        alt: meta.alt ?? '',
        source: meta.source ?? '',
        copyright: meta.copyright ?? '',
        focalX: 0.5,
        focalY: 0.5,
        renditions,
      },
      deps.clock.now().toISOString(),
    )
  } catch (error) {
    // Another process stored the same picture at the same moment: theirs is as good as ours.
    const raced = await deps.store.assets.getBySha256(sha256)
    if (raced) return raced
    throw error
  }
}
