/** What a page render gives the cache: the HTML and the keys of everything the page shows. */
export interface RenderedPage {
  status: 200 | 301 | 404 | 410
  html: string
  /** Cache keys (see core/cache-keys.ts) of the content shown, e.g. `article:12`, `sections`, `front`. */
  keys: string[]
  contentType?: string
  /** Extra headers, e.g. `location` for a redirect. */
  headers?: Record<string, string>
  /** When the page goes stale by itself (epoch ms), e.g. at local midnight for the date bar. */
  expiresAt?: number
  /** False for answers not worth memory (redirects of old addresses): served, not kept. */
  cacheable?: boolean
  /** Compress quickly rather than smallest: for pages seldom read twice (see encoded-entry.ts). */
  fastCompression?: boolean
}
