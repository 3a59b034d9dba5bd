import { negotiate } from '@fastify/accept-negotiator'
import type { ServerResponse } from 'node:http'
import type { CacheEntry, Encoding } from './encoded-entry.ts'

const ENCODINGS: Encoding[] = ['br', 'gzip', 'identity']
const chosen = new Map<string, Encoding>()

/** The encoding for an Accept-Encoding header, remembered per distinct header (browsers send a handful). */
function encodingFor(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity'
  let encoding = chosen.get(acceptEncoding)
  if (!encoding) {
    encoding = (negotiate(acceptEncoding, ENCODINGS) as Encoding | null) ?? 'identity'
    if (chosen.size > 200) chosen.clear()
    chosen.set(acceptEncoding, encoding)
  }
  return encoding
}

/** Weak comparison (RFC 9110 §13.1.2): any listed tag that names this content, in any of its encodings. */
function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '')
    return t === `"${etag}"` || t === `"${etag}-br"` || t === `"${etag}-gz"`
  })
}

/**
 * Writes a cached page straight to the socket: the bytes and headers were made when the page was rendered, so the
 * request path is a lookup and a write. Answers 304 when the client already has this content.
 */
export function serveEntry(
  entry: CacheEntry,
  request: { headers: Record<string, string | string[] | undefined> },
  res: ServerResponse,
): void {
  const ifNoneMatch = request.headers['if-none-match']
  const variant = entry.variants[encodingFor(request.headers['accept-encoding'] as string | undefined)]
  if (typeof ifNoneMatch === 'string' && entry.status === 200 && matches(ifNoneMatch, entry.etag)) {
    res.writeHead(304, { ...entry.notModifiedHeaders, etag: variant.headers.etag })
    res.end()
    return
  }
  res.writeHead(entry.status, variant.headers)
  res.end(variant.body)
}
