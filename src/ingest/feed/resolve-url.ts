const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/**
 * `href` resolved against `base` (an absolute http(s) URL) when it is relative; otherwise as given, trimmed. A value
 * with a scheme is never touched: whether `javascript:` or `data:` may be used is the sanitizer's call, not ours.
 */
export function resolveUrl(href: string, base: string | undefined): string {
  const value = href.trim()
  if (!value || SCHEME.test(value) || !base || !/^https?:\/\//i.test(base)) return value
  try {
    return new URL(value, base).href
  } catch {
    return value
  }
}

/** A base for further resolution: `href` made absolute against `base`, or undefined when it cannot be. */
export function resolveBase(href: string, base: string | undefined): string | undefined {
  const resolved = resolveUrl(href, base)
  return /^https?:\/\//i.test(resolved) ? resolved : base
}

// `[^<>]` rather than `[^>]`: a run of `<` without `>` must not make the scan quadratic.
const TAG = /<[a-z][^<>]*>/gi
const URL_ATTRIBUTE = /(\s(?:href|src)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi

/**
 * Relative `href` and `src` attributes in feed HTML made absolute against the item's link: the block walk keeps
 * only absolute links and pictures, and a relative one means nothing once the story leaves the feed. Only values
 * inside tags are rewritten; the result still goes through the sanitizer.
 */
export function resolveHtmlUrls(html: string, base: string | undefined): string {
  if (!base || !/^https?:\/\//i.test(base)) return html
  return html.replace(TAG, (tag) =>
    tag.replace(URL_ATTRIBUTE, (whole, prefix: string, dq?: string, sq?: string, bare?: string) => {
      const value = dq ?? sq ?? bare ?? ''
      const resolved = resolveUrl(value, base)
      return resolved === value.trim() ? whole : `${prefix}"${resolved.replace(/"/g, '%22')}"`
    }),
  )
}
