import { randomBytes } from 'node:crypto'
import { ConflictError, ValidationError } from '../../core/errors.ts'
import type { Role } from '../../core/roles.ts'
import { passwordSchema, type User } from '../../core/user.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { hashPassword, verifyPassword } from './password-hash.ts'
import { publicUser } from './principal.ts'

export interface NewUser {
  email: string
  name: string
  role: Role
  deskIds: number[]
}

/** A readable one-time password: 4 groups of 4 letters and digits, no look-alikes. */
function oneTimePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'
  const bytes = randomBytes(16)
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length])
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-')
}

function checkPassword(password: string): void {
  const parsed = passwordSchema.safeParse(password)
  if (!parsed.success) {
    throw new ValidationError('Password too weak', [
      { path: 'password', message: parsed.error.issues[0]!.message },
    ])
  }
}

/**
 * Creates an account. Without a password it gets a one-time password, returned once, which must be changed at the
 * first sign-in. `byUserId` is the admin who did it (null from the command line).
 */
export async function createUser(
  deps: ServiceDeps,
  input: NewUser,
  options: { password?: string; byUserId: number | null; ip: string | null },
): Promise<{ user: User; oneTimePassword?: string }> {
  const generated = options.password === undefined ? oneTimePassword() : undefined
  const password = options.password ?? generated!
  if (options.password !== undefined) checkPassword(password)
  const issues = []
  for (const [i, deskId] of input.deskIds.entries()) {
    if (!(await deps.store.desks.get(deskId)))
      issues.push({ path: `deskIds.${i}`, message: `no desk with id ${deskId}` })
  }
  if (issues.length) throw new ValidationError('Unknown desks', issues)
  if (await deps.store.users.getByEmail(input.email)) {
    throw new ConflictError(`There is already an account for ${input.email}`, { code: 'email_taken' })
  }
  const passwordHash = await hashPassword(password)
  const at = deps.clock.now().toISOString()
  const user = await deps.store.transaction(async (tx) => {
    const created = await tx.users.create({
      ...input,
      passwordHash,
      mustChangePassword: generated !== undefined,
    })
    await tx.audit.append({
      at,
      userId: options.byUserId,
      action: 'user.create',
      targetType: 'user',
      targetId: String(created.id),
      details: { email: created.email, role: created.role, deskIds: created.deskIds },
      ip: options.ip,
    })
    return created
  })
  return { user: publicUser(user), ...(generated ? { oneTimePassword: generated } : {}) }
}

/** An admin's change to an account: role, desks, name, or disabling it (which also ends its sessions and tokens). */
export async function updateUser(
  deps: ServiceDeps,
  id: number,
  patch: { name?: string; role?: Role; deskIds?: number[]; disabled?: boolean },
  options: { byUserId: number | null; ip: string | null },
): Promise<User> {
  const at = deps.clock.now().toISOString()
  return deps.store.transaction(async (tx) => {
    const before = await tx.users.get(id)
    const updated = await tx.users.update(id, patch)
    if (patch.disabled) {
      await tx.sessions.deleteForUser(id)
      await tx.tokens.deleteForUser(id)
    }
    await tx.audit.append({
      at,
      userId: options.byUserId,
      action: 'user.update',
      targetType: 'user',
      targetId: String(id),
      details: { before: before && publicUser(before), change: patch },
      ip: options.ip,
    })
    return publicUser(updated)
  })
}

/** Changes one's own password; the current one must be given. Every session of the account ends (sign in anew). */
export async function changePassword(
  deps: ServiceDeps,
  userId: number,
  input: { current: string; next: string; ip: string | null },
): Promise<void> {
  checkPassword(input.next)
  const user = await deps.store.users.get(userId)
  if (!user || !(await verifyPassword(input.current, user.passwordHash))) {
    // Not 401: the caller is signed in; it is this field that is wrong.
    throw new ValidationError('The current password is wrong', [
      { path: 'current', message: 'is not your password' },
    ])
  }
  const passwordHash = await hashPassword(input.next)
  await deps.store.transaction(async (tx) => {
    await tx.users.update(userId, { passwordHash, mustChangePassword: false })
    await tx.sessions.deleteForUser(userId)
    await tx.audit.append({
      at: deps.clock.now().toISOString(),
      userId,
      action: 'user.password',
      targetType: 'user',
      targetId: String(userId),
      details: {},
      ip: input.ip,
    })
  })
}
