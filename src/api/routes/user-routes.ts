import { z } from 'zod'
import { publicUser } from '../../services/accounts/principal.ts'
import { createUser } from '../../services/accounts/users.ts'
import { changeUser, getUser, issueToken } from '../../services/accounts/user-admin.ts'
import { route, type ApiRoute } from '../api-route.ts'
import { idParams } from '../schemas/common-schemas.ts'
import {
  auditEntryResource,
  auditQuery,
  tokenCreateBody,
  tokenCreated,
  userCreateBody,
  userCreated,
  userPatchBody,
  userResource,
} from '../schemas/user-schemas.ts'

/**
 * Accounts, for admins only (everyone sees their own account at GET /session), and the audit log of who did what,
 * for chiefs and admins.
 */
export const userRoutes: ApiRoute[] = [
  route({
    method: 'GET',
    path: '/staff',
    summary:
      'The newsroom’s people by name and role, for showing who wrote, edits or holds a story (no e-mail addresses)',
    tag: 'users',
    access: 'reporter',
    response: z.object({
      items: z.array(
        z.object({ id: z.number(), name: z.string(), role: z.string(), deskIds: z.array(z.number()) }),
      ),
    }),
    async handler({ deps }) {
      const users = await deps.store.users.list()
      return {
        items: users
          .filter((u) => !u.disabled)
          .map((u) => ({ id: u.id, name: u.name, role: u.role, deskIds: u.deskIds })),
      }
    },
  }),
  route({
    method: 'GET',
    path: '/users',
    summary: 'Every account, by name',
    tag: 'users',
    access: 'admin',
    response: z.object({ items: z.array(userResource) }),
    async handler({ deps }) {
      return { items: (await deps.store.users.list()).map(publicUser) }
    },
  }),
  route({
    method: 'GET',
    path: '/users/{id}',
    summary: 'One account',
    tag: 'users',
    access: 'admin',
    params: idParams,
    response: userResource,
    async handler({ deps, params }) {
      return getUser(deps.store, params.id)
    },
  }),
  route({
    method: 'POST',
    path: '/users',
    summary: 'Create an account; without a password it gets a one-time password, returned this once',
    tag: 'users',
    access: 'admin',
    body: userCreateBody,
    response: userCreated,
    status: 201,
    async handler({ deps, principal, body, ip, reply }) {
      const { password, ...input } = body
      const created = await createUser(deps, input, {
        ...(password !== undefined ? { password } : {}),
        byUserId: principal!.user.id,
        ip,
      })
      reply.header('location', `/api/v1/users/${created.user.id}`)
      return created
    },
  }),
  route({
    method: 'PATCH',
    path: '/users/{id}',
    summary:
      'Change an account’s name, role or desks, or disable it (its sessions and tokens end at once). Admins may not disable or demote themselves',
    tag: 'users',
    access: 'admin',
    params: idParams,
    body: userPatchBody,
    response: userResource,
    async handler({ deps, principal, params, body, ip }) {
      return changeUser(deps, params.id, body, { userId: principal!.user.id, ip })
    },
  }),
  route({
    method: 'POST',
    path: '/users/{id}/tokens',
    summary: 'Make an integration token acting as this account; the token is returned this once',
    tag: 'users',
    access: 'admin',
    params: idParams,
    body: tokenCreateBody,
    response: tokenCreated,
    status: 201,
    async handler({ deps, principal, params, body, ip }) {
      const { token, tokenId, user } = await issueToken(
        deps,
        { user: params.id, name: body.name },
        { userId: principal!.user.id, ip },
      )
      return { id: tokenId, name: body.name, userId: user.id, token }
    },
  }),
  route({
    method: 'GET',
    path: '/audit',
    summary: 'The audit log, newest first: transitions, sign-ins and every permission-relevant change',
    tag: 'audit',
    access: 'chief',
    query: auditQuery,
    response: z.object({
      items: z.array(auditEntryResource),
      limit: z.number(),
      offset: z.number(),
      nextOffset: z.number().nullable(),
    }),
    async handler({ deps, query }) {
      const { limit, offset, ...filter } = query
      const rows = await deps.store.audit.list({ ...filter, limit: limit + 1, offset })
      const more = rows.length > limit
      return { items: rows.slice(0, limit), limit, offset, nextOffset: more ? offset + limit : null }
    },
  }),
]
