import { siteCssHash } from '../site/view/styles.ts'

/**
 * Headers every reader page carries. Pages run no script, so the policy allows none; the one inline style block is
 * allowed by its hash. `connect-src 'self'` opens nothing to the page itself (it has no script); it lets tools that
 * fetch from inside the page read the site's own files, as Lighthouse reads robots.txt.
 */
export const readerSecurityHeaders: Record<string, string> = {
  'content-security-policy': `default-src 'none'; connect-src 'self'; img-src 'self' data:; style-src '${siteCssHash}'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
}

/** Browsers and CDNs may keep a page a minute, then serve it stale while they fetch a fresh one. */
export const readerCacheControl = 'public, max-age=60, stale-while-revalidate=600, stale-if-error=86400'
