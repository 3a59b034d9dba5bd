import type { FastifyRequest } from 'fastify'
import { ForbiddenError } from '../core/errors.ts'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Cookie-authenticated writes must come from the site itself. Besides the SameSite cookie, the browser's Origin (or
 * Sec-Fetch-Site) header must name this site; a write that names another site, or neither, is refused.
 */
export function assertSameOrigin(req: FastifyRequest, siteUrl: string): void {
  if (SAFE.has(req.method)) return
  const origin = req.headers.origin
  if (origin !== undefined) {
    const own = `${req.protocol}://${req.host}`
    if (origin === own || origin === new URL(siteUrl).origin) return
    throw new ForbiddenError(`Cross-site request refused (Origin ${origin})`, 'csrf_rejected')
  }
  if (req.headers['sec-fetch-site'] === 'same-origin') return
  throw new ForbiddenError(
    'Cross-site request refused: no Origin header on a write made with a cookie',
    'csrf_rejected',
  )
}
