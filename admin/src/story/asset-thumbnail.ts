import { useEffect, useState } from 'react'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { Asset } from '../api/types.ts'

/** The smallest whole-picture JPEG or WebP at least `width` wide (or the widest there is), for a thumbnail. */
export function thumbnailOf(asset: Asset | null, width: number) {
  const whole = (asset?.renditions ?? []).filter((r) => !r.crop && r.format !== 'avif')
  return whole.sort((a, b) => a.width - b.width).find((r) => r.width >= width) ?? whole.at(-1) ?? null
}

/** The asset behind a picture id, for its thumbnail; null while loading or when it cannot be read. */
export function useAsset(assetId: number | null): Asset | null {
  const [asset, setAsset] = useState<Asset | null>(null)
  useEffect(() => {
    if (assetId === null) return setAsset(null)
    let live = true
    newsroomApi.asset(assetId).then(
      (a) => live && setAsset(a),
      () => live && setAsset(null),
    )
    return () => {
      live = false
    }
  }, [assetId])
  return asset
}
