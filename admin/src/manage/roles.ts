import type { Role } from '../api/types.ts'

/** Each role by the name the newsroom uses, least reach first. */
export const ROLE_LABELS: Record<Role, string> = {
  reporter: 'Reporter',
  editor: 'Editor',
  chief: 'Chief editor',
  admin: 'Administrator',
}

export const ROLES = Object.keys(ROLE_LABELS) as Role[]

/** What each role may do, in a line, for the role picker's hint. */
export const ROLE_HINT =
  'Reporters write and submit. Editors edit and publish on their desks; chief editors on every desk. Administrators also manage users, desks, sources and settings.'
