import { ConflictError } from '../../core/errors.ts'
import type { User } from '../../core/user.ts'
import { createUser } from './users.ts'
import type { ServiceDeps } from '../service-deps.ts'

/**
 * On a database without accounts, the first admin, with a one-time password to be shown once and changed at the
 * first sign-in. Null when there are accounts already (also when another process made the first one just now).
 */
export async function ensureFirstAdmin(
  deps: ServiceDeps,
  email: string,
): Promise<{ user: User; oneTimePassword: string } | null> {
  if ((await deps.store.users.count()) > 0) return null
  try {
    const { user, oneTimePassword } = await createUser(
      deps,
      { email, name: 'Administrator', role: 'admin', deskIds: [] },
      { byUserId: null, ip: null },
    )
    return { user, oneTimePassword: oneTimePassword! }
  } catch (error) {
    if (error instanceof ConflictError) return null
    throw error
  }
}
