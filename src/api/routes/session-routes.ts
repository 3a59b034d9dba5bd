import { z } from 'zod'
import { emailSchema } from '../../core/user.ts'
import { signIn, signOut } from '../../services/accounts/sessions.ts'
import { changePassword } from '../../services/accounts/users.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { SESSION_COOKIE, setSessionCookie } from '../request-principal.ts'
import { ok } from '../schemas/common-schemas.ts'
import { userResource } from '../schemas/user-schemas.ts'

export const sessionRoutes: ApiRoute[] = [
  route({
    method: 'POST',
    path: '/session',
    summary: 'Sign in: sets an HttpOnly, SameSite=Strict session cookie. Failed attempts are rate-limited',
    tag: 'session',
    access: 'public',
    body: z.strictObject({ email: emailSchema, password: z.string().min(1).max(200) }),
    response: z.object({ user: userResource, expiresAt: z.string() }),
    async handler({ deps, body, ip, req, reply }) {
      const { token, principal, expiresAt } = await signIn(deps, { ...body, ip })
      setSessionCookie(req, reply, token, expiresAt)
      return { user: principal.user, expiresAt }
    },
  }),
  route({
    method: 'GET',
    path: '/session',
    summary: 'Who is signed in',
    tag: 'session',
    access: 'signed-in',
    response: z.object({ user: userResource, via: z.enum(['session', 'token']) }),
    async handler({ principal }) {
      return { user: principal!.user, via: principal!.via }
    },
  }),
  route({
    method: 'DELETE',
    path: '/session',
    summary: 'Sign out',
    tag: 'session',
    access: 'signed-in',
    response: ok,
    async handler({ deps, principal, ip, reply }) {
      await signOut(deps, principal!, ip)
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
      return { ok: true }
    },
  }),
  route({
    method: 'POST',
    path: '/session/password',
    summary: 'Change your own password (required after a one-time password); signs in anew',
    tag: 'session',
    access: 'signed-in',
    body: z.strictObject({ current: z.string().min(1).max(200), next: z.string().min(1).max(200) }),
    response: z.object({ user: userResource, expiresAt: z.string() }),
    async handler({ deps, principal, body, ip, req, reply }) {
      await changePassword(deps, principal!.user.id, { current: body.current, next: body.next, ip })
      const {
        token,
        principal: fresh,
        expiresAt,
      } = await signIn(deps, {
        email: principal!.user.email,
        password: body.next,
        ip,
      })
      setSessionCookie(req, reply, token, expiresAt)
      return { user: fresh.user, expiresAt }
    },
  }),
]
