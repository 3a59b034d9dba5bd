import type { FastifyReply, FastifyRequest } from 'fastify'
import { UnauthorizedError } from '../core/errors.ts'
import type { Principal } from '../services/accounts/principal.ts'
import { resolveSession } from '../services/accounts/sessions.ts'
import { resolveToken } from '../services/accounts/tokens.ts'
import type { ServiceDeps } from '../services/service-deps.ts'

export const SESSION_COOKIE = 'dateline_session'

/**
 * Who is calling: an integration's bearer token, else the session cookie. A bearer token that is not valid is an
 * error (the caller meant to authenticate); a stale cookie just means "not signed in", and is cleared.
 */
export async function requestPrincipal(
  deps: ServiceDeps,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<Principal | null> {
  const authorization = req.headers.authorization
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization)
    const principal = match ? await resolveToken(deps, match[1]!) : null
    if (!principal) throw new UnauthorizedError('The bearer token is not valid')
    return principal
  }
  const cookie = req.cookies[SESSION_COOKIE]
  if (!cookie) return null
  const principal = await resolveSession(deps, cookie)
  if (!principal) reply.clearCookie(SESSION_COOKIE, { path: '/' })
  return principal
}

export function setSessionCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: string,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: req.protocol === 'https',
    expires: new Date(expiresAt),
  })
}
