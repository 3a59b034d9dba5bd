import { useEffect } from 'react'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { focusNextHeading, navigate, paths, takeNavigationFocus, type ManageSection } from '../app/router.tsx'
import { PageHeading } from '../ui/page-heading.tsx'
import { DesksScreen } from './desks-screen.tsx'
import { ManageNav } from './manage-nav.tsx'
import { screensFor } from './manage-sections.ts'
import { SettingsScreen } from './settings-screen.tsx'
import { SourcesScreen } from './sources-screen.tsx'
import { UsersScreen } from './users-screen.tsx'
import './manage.css'

/**
 * Users; desks and sections; wire sources and routing rules; site settings. Administrators change them; editors and
 * chiefs see desks, sources and settings read-only. A screen one may not open (an editor following "Manage" lands on
 * Users) gives way to the first one one may.
 */
export function ManagePage({ section }: { section: ManageSection }) {
  const { user } = useNewsroom()
  const screens = screensFor(user.role)
  const allowed = screens.some((s) => s.section === section)
  const fallback = screens[0]?.section

  useEffect(() => {
    if (allowed || !fallback) return
    // Replacing the address must not cost the heading its focus after the navigation that brought us here.
    const focus = takeNavigationFocus()
    navigate(paths.manage(fallback), { replace: true })
    if (focus) focusNextHeading()
  }, [allowed, fallback])

  if (!fallback) {
    return (
      <div className="page narrow">
        <PageHeading>Manage</PageHeading>
        <p>Desks, wire sources and the site’s settings are looked after by editors and administrators.</p>
      </div>
    )
  }
  if (!allowed) return null
  return (
    <div className="page manage">
      <ManageNav current={section} screens={screens} />
      {section === 'users' && <UsersScreen key="users" />}
      {section === 'desks' && <DesksScreen key="desks" />}
      {section === 'sources' && <SourcesScreen key="sources" />}
      {section === 'settings' && <SettingsScreen key="settings" />}
    </div>
  )
}
