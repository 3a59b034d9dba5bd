import type { Role } from '../api/types.ts'
import type { ManageSection } from '../app/router.tsx'

/** The Manage screens in the order of their tabs, each with its label and who may open it. */
export const MANAGE_SCREENS: { section: ManageSection; label: string; shows: (role: Role) => boolean }[] = [
  // Accounts are for administrators alone: the API answers GET /users to no one else.
  { section: 'users', label: 'Users', shows: (role) => role === 'admin' },
  // Editors and chiefs see the rest read-only (only administrators change them), reporters none of it.
  { section: 'desks', label: 'Desks and sections', shows: (role) => role !== 'reporter' },
  { section: 'sources', label: 'Sources and routing', shows: (role) => role !== 'reporter' },
  { section: 'settings', label: 'Site settings', shows: (role) => role !== 'reporter' },
]

/** The screens a role may open. */
export const screensFor = (role: Role) => MANAGE_SCREENS.filter((s) => s.shows(role))
