import { ConflictError, NotFoundError, ValidationError, type FieldIssue } from '../../core/errors.ts'
import type { Repositories } from '../../core/ports.ts'
import type { Role } from '../../core/roles.ts'
import type { User } from '../../core/user.ts'
import { publicUser } from './principal.ts'
import { newSecret, secretHash } from './secret-token.ts'
import { updateUser } from './users.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { auditEntry, type ActedBy } from '../acted-by.ts'

export interface UserPatch {
  name?: string
  role?: Role
  deskIds?: number[]
  disabled?: boolean
}

export async function getUser(repos: Pick<Repositories, 'users'>, id: number): Promise<User> {
  const user = await repos.users.get(id)
  if (!user) throw new NotFoundError('User', id)
  return publicUser(user)
}

async function checkDesks(repos: Pick<Repositories, 'desks'>, deskIds: readonly number[]): Promise<void> {
  const issues: FieldIssue[] = []
  for (const [i, deskId] of deskIds.entries()) {
    if (!(await repos.desks.get(deskId)))
      issues.push({ path: `deskIds.${i}`, message: `no desk with id ${deskId}` })
  }
  if (issues.length) throw new ValidationError('Unknown desks', issues)
}

/**
 * An admin's change to an account. An admin may not disable or demote their own account, so the newsroom always
 * keeps an admin who can undo a mistake; disabling ends the account's sessions and tokens at once.
 */
export async function changeUser(
  deps: ServiceDeps,
  id: number,
  patch: UserPatch,
  by: ActedBy,
): Promise<User> {
  const target = await getUser(deps.store, id)
  if (by.userId === id && patch.disabled === true) {
    throw new ConflictError('You may not disable your own account: another admin must', {
      code: 'self_lockout',
    })
  }
  if (by.userId === id && target.role === 'admin' && patch.role !== undefined && patch.role !== 'admin') {
    throw new ConflictError('You may not give up your own admin role: another admin must change it', {
      code: 'self_lockout',
    })
  }
  if (patch.deskIds) await checkDesks(deps.store, patch.deskIds)
  return updateUser(deps, id, patch, { byUserId: by.userId, ip: by.ip })
}

/**
 * A token for an integration acting as this account (by id, or by email from the command line). The token is
 * returned once; only its hash is kept. A disabled account gets none: it would not work.
 */
export async function issueToken(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  input: { user: number | string; name: string },
  by: ActedBy,
): Promise<{ token: string; tokenId: number; user: User }> {
  const record =
    typeof input.user === 'number'
      ? await deps.store.users.get(input.user)
      : await deps.store.users.getByEmail(input.user)
  if (!record) throw new NotFoundError('User', input.user)
  if (record.disabled) {
    throw new ConflictError(`The account ${record.email} is disabled: enable it first`, {
      code: 'user_disabled',
    })
  }
  const token = newSecret('dlt')
  const at = deps.clock.now().toISOString()
  const tokenId = await deps.store.transaction(async (tx) => {
    const created = await tx.tokens.create({
      userId: record.id,
      name: input.name,
      hash: secretHash(token),
      createdAt: at,
    })
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'token.create',
        targetType: 'token',
        targetId: created.id,
        details: { name: input.name, forUserId: record.id, email: record.email },
      }),
    )
    return created.id
  })
  return { token, tokenId, user: publicUser(record) }
}
