import { NotFoundError } from '../../core/errors.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { actorOf, publicUser, type Principal } from './principal.ts'
import { newSecret, secretHash } from './secret-token.ts'

/** A token for an integration, acting as `email`. The token is returned once and only its hash is kept. */
export async function createToken(deps: ServiceDeps, email: string, name: string): Promise<string> {
  const user = await deps.store.users.getByEmail(email)
  if (!user) throw new NotFoundError('User', email)
  const token = newSecret('dlt')
  const at = deps.clock.now().toISOString()
  await deps.store.transaction(async (tx) => {
    const record = await tx.tokens.create({ userId: user.id, name, hash: secretHash(token), createdAt: at })
    await tx.audit.append({
      at,
      userId: user.id,
      action: 'token.create',
      targetType: 'token',
      targetId: String(record.id),
      details: { name },
      ip: null,
    })
  })
  return token
}

export async function resolveToken(deps: ServiceDeps, token: string): Promise<Principal | null> {
  const record = await deps.store.tokens.getByHash(secretHash(token))
  if (!record) return null
  const user = await deps.store.users.get(record.userId)
  if (!user || user.disabled) return null
  const now = deps.clock.now()
  if (!record.lastUsedAt || now.getTime() - Date.parse(record.lastUsedAt) > 3_600_000) {
    await deps.store.tokens.touch(record.id, now.toISOString())
  }
  return { actor: actorOf(user), user: publicUser(user), via: 'token' }
}
