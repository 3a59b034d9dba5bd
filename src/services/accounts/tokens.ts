import type { ServiceDeps } from '../service-deps.ts'
import { actorOf, publicUser, type Principal } from './principal.ts'
import { secretHash } from './secret-token.ts'

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
