/**
 * Newsroom roles, from least to most reach. A reporter writes and submits; an editor edits, approves, publishes,
 * schedules and corrects on their own desks; a chief does that on every desk and may also unpublish and kill; an
 * admin may do everything a chief may, and manages users, desks, sections, settings and webhooks.
 */
export const roles = ['reporter', 'editor', 'chief', 'admin'] as const
export type Role = (typeof roles)[number]

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value)
}

/** Who is acting: a signed-in user or an integration's token, with the desks they belong to. */
export interface Actor {
  userId: number
  role: Role
  deskIds: readonly number[]
}

/** Chiefs and admins work on every desk. */
export const seesAllDesks = (actor: Actor) => actor.role === 'chief' || actor.role === 'admin'

export const atLeast = (actor: Actor, role: Role) => roles.indexOf(actor.role) >= roles.indexOf(role)
