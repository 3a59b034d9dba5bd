import type { Asset } from '../core/asset.ts'
import { cacheKeys } from '../core/cache-keys.ts'
import { missingRenditions, renditionKey, renditionPlan, type Focal } from '../core/rendition-plan.ts'
import { commitChange } from './commit-change.ts'
import { makeRenditions } from './media-service.ts'
import type { ServiceDeps } from './service-deps.ts'

type Deps = Pick<ServiceDeps, 'store' | 'media' | 'images' | 'events' | 'clock' | 'origin' | 'logger'>

const focalOf = (a: Pick<Asset, 'focalX' | 'focalY'>): Focal => ({ x: a.focalX, y: a.focalY })
const sameFocal = (a: Focal, b: Focal) => a.x === b.x && a.y === b.y

/**
 * The renditions of an asset's plan for its focal point: what it has that still fits, plus what is missing, made now.
 * Crops cut around another focal point are dropped (their files stay: pages cached elsewhere may still name them).
 */
async function completed(
  deps: Deps,
  asset: Asset,
  only: (later: boolean) => boolean,
): Promise<Asset['renditions'] | null> {
  const bytes = await deps.media.get(asset.key)
  if (!bytes) {
    deps.logger.warn(`Picture ${asset.id}: its original ${asset.key} is missing; renditions left as they are`)
    return null
  }
  const focal = focalOf(asset)
  const plan = renditionPlan(asset, focal)
  const current = asset.renditions.filter(
    (r) => !r.crop || r.key === renditionKey(asset.sha256, { ...r, crop: r.crop }, focal),
  )
  const wanted = missingRenditions(plan, current).filter((r) => only(r.later))
  const made = await makeRenditions(deps, { ...asset, bytes }, focal, wanted)
  return [...current, ...made]
}

/**
 * Makes the slow renditions (AVIF) and any others a picture lacks, a few pictures at a time, for the background job.
 * Each picture's new renditions replace its list in one write that also drops the pages showing it, so they pick
 * up the new sources. A picture whose focal point moved meanwhile is left for the next round. Returns how many
 * pictures were finished.
 */
export async function makePendingRenditions(deps: Deps, limit = 1): Promise<number> {
  let finished = 0
  for (const asset of await deps.store.assets.listPendingRenditions(limit)) {
    const renditions = await completed(deps, asset, () => true)
    const done = await commitChange(deps, async (tx) => {
      const now = await tx.assets.get(asset.id)
      if (!now || !sameFocal(focalOf(now), focalOf(asset))) return { result: false, change: null }
      await tx.assets.update(asset.id, {
        ...(renditions ? { renditions } : {}),
        renditionsPending: false,
      })
      return {
        result: true,
        change: renditions ? { keys: [cacheKeys.asset(asset.id)], reason: 'asset.renditions' } : null,
      }
    })
    if (done) finished++
  }
  return finished
}

/**
 * The renditions a picture needs right after its focal point moved: its crops cut anew (WebP and JPEG, quick), the
 * AVIF of the new crops left to the background job.
 */
export async function recropped(
  deps: Deps,
  asset: Asset,
): Promise<{ renditions: Asset['renditions']; renditionsPending: boolean } | null> {
  const renditions = await completed(deps, asset, (later) => !later)
  if (!renditions) return null
  const pending = missingRenditions(renditionPlan(asset, focalOf(asset)), renditions).length > 0
  return { renditions, renditionsPending: pending }
}
