import type { Actor } from '../../core/roles.ts'
import type { User } from '../../core/user.ts'

/** Who a request acts for, and how they proved it. */
export interface Principal {
  actor: Actor
  user: User
  via: 'session' | 'token'
  /** The session's id (its hash), to sign it out. */
  sessionId?: string
}

export function actorOf(user: Pick<User, 'id' | 'role' | 'deskIds'>): Actor {
  return { userId: user.id, role: user.role, deskIds: user.deskIds }
}

export function publicUser<T extends User>(user: T): User {
  const { id, email, name, role, deskIds, disabled, mustChangePassword, createdAt } = user
  return { id, email, name, role, deskIds, disabled, mustChangePassword, createdAt }
}
