import { createHash } from 'node:crypto'
import type { Asset, Rendition } from '../core/asset.ts'
import {
  focalCrop,
  missingRenditions,
  renditionKey,
  renditionPlan,
  type Focal,
  type PlannedRendition,
} from '../core/rendition-plan.ts'
import type { ServiceDeps } from './service-deps.ts'

export interface ImageMeta {
  caption?: string
  credit?: string
  alt?: string
  source?: string
  copyright?: string
}

type MediaDeps = Pick<ServiceDeps, 'media' | 'images'>

/**
 * Makes the given planned renditions of a picture and stores them: one pass through the image processor per shape
 * and format set, every file under its content-addressed key.
 */
export async function makeRenditions(
  deps: MediaDeps,
  picture: { sha256: string; width: number; height: number; bytes: Uint8Array },
  focal: Focal,
  wanted: readonly PlannedRendition[],
): Promise<Rendition[]> {
  const groups = new Map<string, PlannedRendition[]>()
  for (const r of wanted) {
    const group = `${r.crop ?? ''}|${r.width}`
    groups.set(group, [...(groups.get(group) ?? []), r])
  }
  const made: Rendition[] = []
  for (const group of groups.values()) {
    const { crop, width } = group[0]!
    const outputs = await deps.images.renditions(picture.bytes, {
      widths: [width],
      formats: group.map((r) => r.format),
      ...(crop ? { region: focalCrop(picture, crop, focal) } : {}),
    })
    for (const out of outputs) {
      const key = renditionKey(picture.sha256, { crop, width: out.width, format: out.format }, focal)
      await deps.media.put(key, out.bytes)
      made.push({
        width: out.width,
        height: out.height,
        format: out.format,
        ...(crop ? { crop } : {}),
        key,
        bytes: out.bytes.byteLength,
      })
    }
  }
  return made
}

/**
 * Stores an image in the media library: the original and the renditions quick to make (WebP and JPEG of the whole
 * picture and its crops) under content-addressed keys, then the asset row, marked for the background job to add the
 * slow ones (AVIF). The same bytes twice give the same asset, so a picture sent with every version of a wire story
 * is kept once.
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

  const focal = { x: 0.5, y: 0.5 }
  const plan = renditionPlan(info, focal)
  const picture = { sha256, width: info.width, height: info.height, bytes }
  const renditions = await makeRenditions(
    deps,
    picture,
    focal,
    plan.filter((r) => !r.later),
  )

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
        licenseUrl: '',
        acquireLicenseUrl: '',
        focalX: focal.x,
        focalY: focal.y,
        renditions,
        renditionsPending: missingRenditions(plan, renditions).length > 0,
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
