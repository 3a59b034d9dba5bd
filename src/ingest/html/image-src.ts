/**
 * An image address Dateline may fetch: absolute http(s), or a path relative to the document (resolved later against
 * the feed's base). Null for anything else: other schemes (`data:`, `javascript:`), protocol-relative `//host`
 * addresses, and values with control characters, which browsers strip and attackers use to hide a scheme.
 */
export function usableImageSrc(value: string | null | undefined): string | null {
  const src = value?.trim() ?? ''
  if (!src || /[\u0000-\u001f\u007f]/.test(src)) return null
  if (/^https?:\/\/[^/\\\s]/i.test(src)) return src
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || /^[/\\]{2}/.test(src)) return null
  return src
}
