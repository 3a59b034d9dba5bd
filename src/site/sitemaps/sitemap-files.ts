import type { Store } from '../../core/ports.ts'

/** Google's limits: at most 50,000 addresses (and 50 MB) per sitemap file. */
export const URLS_PER_SITEMAP = 50_000

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'
export const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1'
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9'

/** The range of story ids in story sitemap `n` (1-based), or null when there is no such file. */
export async function storySitemapRange(
  store: Store,
  n: number,
  perFile: number,
): Promise<{ afterId: number; untilId?: number } | null> {
  if (n < 1) return null
  const firstId = await store.articles.publishedIdAt((n - 1) * perFile)
  if (firstId === null) return n === 1 ? { afterId: 0 } : null
  const nextFirst = await store.articles.publishedIdAt(n * perFile)
  return { afterId: firstId - 1, ...(nextFirst !== null ? { untilId: nextFirst - 1 } : {}) }
}

/** How many story sitemap files there are: at least one, so the index never points nowhere. */
export async function storySitemapCount(store: Store, perFile: number): Promise<number> {
  return Math.max(1, Math.ceil((await store.articles.countPublished()) / perFile))
}
