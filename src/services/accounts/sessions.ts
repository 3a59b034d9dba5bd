import { RateLimitedError, UnauthorizedError } from '../../core/errors.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { DUMMY_HASH, verifyPassword } from './password-hash.ts'
import { actorOf, publicUser, type Principal } from './principal.ts'
import { newSecret, secretHash } from './secret-token.ts'

export const SESSION_DAYS = 14
const DAY = 86_400_000
const HOUR = 3_600_000
/** Failed sign-ins allowed per account, and per address, in the window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMinutes: 15 }

/**
 * Signs in with email and password. Failures are logged in the audit log, which is also where the rate limit counts
 * them: so it holds across restarts and across every app node. The answer to a wrong email and to a wrong password
 * is the same, in words and in time.
 */
export async function signIn(
  deps: ServiceDeps,
  input: { email: string; password: string; ip: string | null },
): Promise<{ token: string; principal: Principal; expiresAt: string }> {
  const now = deps.clock.now()
  const email = input.email.trim().toLowerCase()
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000).toISOString()
  const [forAccount, forAddress] = await Promise.all([
    deps.store.audit.count({ action: 'session.failed', targetId: email, since }),
    input.ip ? deps.store.audit.count({ action: 'session.failed', ip: input.ip, since }) : 0,
  ])
  if (forAccount >= SIGN_IN_LIMITS.perAccount || forAddress >= SIGN_IN_LIMITS.perAddress) {
    throw new RateLimitedError(
      'Too many failed sign-ins: wait a few minutes',
      SIGN_IN_LIMITS.windowMinutes * 60,
    )
  }

  const user = await deps.store.users.getByEmail(email)
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH)
  const at = now.toISOString()
  if (!user || !ok || user.disabled) {
    await deps.store.audit.append({
      at,
      userId: user?.id ?? null,
      action: 'session.failed',
      targetType: 'user',
      targetId: email,
      details: { reason: !user ? 'unknown email' : user.disabled ? 'disabled' : 'wrong password' },
      ip: input.ip,
    })
    throw new UnauthorizedError('Wrong email or password')
  }

  const token = newSecret('dls')
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY).toISOString()
  await deps.store.transaction(async (tx) => {
    await tx.sessions.create({
      id: secretHash(token),
      userId: user.id,
      createdAt: at,
      expiresAt,
      lastSeenAt: at,
    })
    await tx.audit.append({
      at,
      userId: user.id,
      action: 'session.create',
      targetType: 'user',
      targetId: String(user.id),
      details: {},
      ip: input.ip,
    })
  })
  const principal: Principal = {
    actor: actorOf(user),
    user: publicUser(user),
    via: 'session',
    sessionId: secretHash(token),
  }
  return { token, principal, expiresAt }
}

/** The principal behind a session cookie, or null when the session is unknown, expired, or its user disabled. */
export async function resolveSession(deps: ServiceDeps, token: string): Promise<Principal | null> {
  const id = secretHash(token)
  const session = await deps.store.sessions.get(id)
  const now = deps.clock.now()
  if (!session || Date.parse(session.expiresAt) <= now.getTime()) return null
  const user = await deps.store.users.get(session.userId)
  if (!user || user.disabled) return null
  // Remember activity at most hourly: a write on every request would cost more than it tells.
  if (now.getTime() - Date.parse(session.lastSeenAt) > HOUR)
    await deps.store.sessions.touch(id, now.toISOString())
  return { actor: actorOf(user), user: publicUser(user), via: 'session', sessionId: id }
}

export async function signOut(deps: ServiceDeps, principal: Principal, ip: string | null): Promise<void> {
  if (!principal.sessionId) return
  await deps.store.transaction(async (tx) => {
    await tx.sessions.delete(principal.sessionId!)
    await tx.audit.append({
      at: deps.clock.now().toISOString(),
      userId: principal.user.id,
      action: 'session.delete',
      targetType: 'user',
      targetId: String(principal.user.id),
      details: {},
      ip,
    })
  })
}
