import { encodeEntry, type CacheEntry, type EntryOptions } from './encoded-entry.ts'
import type { RenderedPage } from './rendered-page.ts'

export interface RenderCacheOptions extends EntryOptions {
  /** Memory budget for cached bytes (all encodings together). */
  maxBytes: number
  now?: () => number
}

export interface CacheStats {
  entries: number
  bytes: number
  hits: number
  misses: number
  invalidations: number
}

type Render = () => Promise<RenderedPage | null>

/**
 * Pages rendered once and served from memory until what they show changes. Each entry is indexed by the cache keys
 * its render reported, so a change drops exactly the pages that show it. Concurrent misses on one URL share one
 * render; a render that raced with an invalidation of one of its keys is served but not kept.
 */
export class RenderCache {
  readonly #entries = new Map<string, CacheEntry>()
  readonly #byKey = new Map<string, Set<string>>()
  readonly #pending = new Map<string, Promise<CacheEntry | null>>()
  /** Generation at which each key was last invalidated, kept only while renders are in flight. */
  readonly #invalidatedAt = new Map<string, number>()
  readonly #options: RenderCacheOptions
  readonly #now: () => number
  #generation = 0
  #inFlight = 0
  #bytes = 0
  #stats = { hits: 0, misses: 0, invalidations: 0 }

  constructor(options: RenderCacheOptions) {
    this.#options = options
    this.#now = options.now ?? Date.now
  }

  /** The cached entry for `url`, rendering it on a miss. Null when the render finds nothing (a 404). */
  get(url: string, render: Render): CacheEntry | null | Promise<CacheEntry | null> {
    const entry = this.#entries.get(url)
    if (entry) {
      const now = this.#now()
      if (entry.expiresAt > now) {
        entry.lastHit = now
        this.#stats.hits++
        return entry
      }
      this.#delete(url)
    }
    this.#stats.misses++
    let pending = this.#pending.get(url)
    if (!pending) {
      pending = this.#renderAndStore(url, render).finally(() => this.#pending.delete(url))
      this.#pending.set(url, pending)
    }
    return pending
  }

  async #renderAndStore(url: string, render: Render): Promise<CacheEntry | null> {
    const startedAt = this.#generation
    this.#inFlight++
    try {
      const page = await render()
      if (!page) return null
      const entry = await encodeEntry(page, this.#options, this.#now())
      const raced = page.keys.some((k) => (this.#invalidatedAt.get(k) ?? -1) > startedAt)
      if (!raced && entry.cacheable) this.#store(url, entry)
      return entry
    } finally {
      if (--this.#inFlight === 0) this.#invalidatedAt.clear()
    }
  }

  #store(url: string, entry: CacheEntry): void {
    if (this.#entries.has(url)) this.#delete(url)
    this.#entries.set(url, entry)
    this.#bytes += entry.size
    for (const key of entry.keys) {
      let urls = this.#byKey.get(key)
      if (!urls) this.#byKey.set(key, (urls = new Set()))
      urls.add(url)
    }
    if (this.#bytes > this.#options.maxBytes) this.#evict()
  }

  #delete(url: string): void {
    const entry = this.#entries.get(url)
    if (!entry) return
    this.#entries.delete(url)
    this.#bytes -= entry.size
    for (const key of entry.keys) {
      const urls = this.#byKey.get(key)
      urls?.delete(url)
      if (urls?.size === 0) this.#byKey.delete(key)
    }
  }

  /** Drops the least recently read entries until the cache is back under 90% of its budget. */
  #evict(): void {
    const target = this.#options.maxBytes * 0.9
    const byAge = [...this.#entries].sort((a, b) => a[1].lastHit - b[1].lastHit)
    for (const [url] of byAge) {
      if (this.#bytes <= target) break
      this.#delete(url)
    }
  }

  /** Drops every page that shows any of `keys`; returns the URLs dropped. */
  invalidate(keys: readonly string[]): string[] {
    this.#generation++
    this.#stats.invalidations++
    const dropped = new Set<string>()
    for (const key of keys) {
      if (this.#inFlight > 0) this.#invalidatedAt.set(key, this.#generation)
      for (const url of this.#byKey.get(key) ?? []) dropped.add(url)
    }
    for (const url of dropped) this.#delete(url)
    return [...dropped]
  }

  clear(): void {
    this.invalidate([...this.#byKey.keys()])
  }

  has(url: string): boolean {
    return this.#entries.has(url)
  }

  stats(): CacheStats {
    return { entries: this.#entries.size, bytes: this.#bytes, ...this.#stats }
  }
}
