import type { Asset } from '../../core/asset.ts'
import { cacheKeys } from '../../core/cache-keys.ts'
import { NotFoundError, ParseError, ValidationError } from '../../core/errors.ts'
import type { Repositories } from '../../core/ports.ts'
import { commitChange } from '../commit-change.ts'
import { importImage, type ImageMeta } from '../media-service.ts'
import { recropped } from '../pending-renditions.ts'
import type { ServiceDeps } from '../service-deps.ts'

export type AssetPatch = Partial<
  Pick<Asset, 'caption' | 'credit' | 'alt' | 'focalX' | 'focalY' | 'licenseUrl' | 'acquireLicenseUrl'>
>

/**
 * Adds an uploaded picture to the media library, with its renditions. Anything that is not a readable image is
 * refused naming the `file` field, and nothing is stored.
 */
export async function uploadImage(
  deps: Pick<ServiceDeps, 'store' | 'media' | 'images' | 'clock'>,
  bytes: Uint8Array,
  meta: Pick<ImageMeta, 'caption' | 'credit' | 'alt'>,
): Promise<Asset> {
  if (bytes.byteLength === 0) {
    throw new ValidationError('The file is empty', [{ path: 'file', message: 'is empty' }])
  }
  try {
    return await importImage(deps, bytes, meta)
  } catch (error) {
    if (!(error instanceof ParseError)) throw error
    throw new ValidationError(`The file is not a usable image: ${error.message}`, [
      { path: 'file', message: 'is not a JPEG, PNG, WebP, AVIF, GIF or TIFF image' },
    ])
  }
}

export async function getAsset(repos: Pick<Repositories, 'assets'>, id: number): Promise<Asset> {
  const asset = await repos.assets.get(id)
  if (!asset) throw new NotFoundError('Asset', id)
  return asset
}

/**
 * Changes a picture's caption, credit, alt text, licence links or focal point; every page showing it is dropped from
 * the cache. A new focal point cuts the crops anew before anything is written (their AVIF follows in the background).
 */
export async function changeAsset(
  deps: Pick<ServiceDeps, 'store' | 'events' | 'clock' | 'origin' | 'media' | 'images' | 'logger'>,
  id: number,
  patch: AssetPatch,
): Promise<Asset> {
  const before = await getAsset(deps.store, id)
  const focal = { focalX: patch.focalX ?? before.focalX, focalY: patch.focalY ?? before.focalY }
  const moved = focal.focalX !== before.focalX || focal.focalY !== before.focalY
  const crops = moved ? await recropped(deps, { ...before, ...focal }) : null
  return commitChange(deps, async (tx) => {
    await getAsset(tx, id)
    const asset = await tx.assets.update(id, { ...patch, ...(crops ?? {}) })
    return { result: asset, change: { keys: [cacheKeys.asset(id)], reason: 'asset.update' } }
  })
}
