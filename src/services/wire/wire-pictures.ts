import type { MediaRef, NormalizedItem, WireBlock } from '../../core/normalized-item.ts'
import { wireMediaRefs } from '../../core/wire-to-article.ts'
import { importImage } from '../media-service.ts'
import type { ServiceDeps } from '../service-deps.ts'

/**
 * Fetches and stores the item's pictures on arrival and returns the item with each picture's asset id, so a story
 * made from it now or later uses the stored copy. A picture that cannot be had is a warning, not a failure. This
 * runs before any transaction (image work is slow); a picture stored for an item that then fails stays in the
 * library, where the next attempt finds it again by its hash.
 */
export async function storeItemPictures(
  deps: ServiceDeps,
  item: NormalizedItem,
  baseDir: string | undefined,
): Promise<NormalizedItem> {
  const warnings = [...item.warnings]
  const assetIds = new Map<string, number>()
  for (const ref of wireMediaRefs(item)) {
    if (ref.assetId !== undefined) continue
    try {
      const { bytes } = await deps.fetcher.fetch(ref.href, { baseDir })
      const asset = await importImage(deps, bytes, {
        caption: ref.caption,
        credit: ref.credit,
        alt: ref.alt,
        source: item.source?.name ?? item.copyrightHolder,
        copyright: ref.copyright ?? item.copyrightNotice,
      })
      assetIds.set(ref.href, asset.id)
    } catch (error) {
      warnings.push(`Picture left out: ${(error as Error).message}`)
    }
  }
  const stored = (ref: MediaRef): MediaRef => {
    const id = assetIds.get(ref.href)
    return id === undefined ? ref : { ...ref, assetId: id }
  }
  const body: WireBlock[] = item.body.map((b) =>
    b.type === 'figure-ref' ? { ...b, image: stored(b.image) } : b,
  )
  return { ...item, leadImage: item.leadImage && stored(item.leadImage), body, warnings }
}

/** The stored picture of a reference, or null (not fetched, or it could not be). */
export const storedPicture = (ref: MediaRef): number | null => ref.assetId ?? null
