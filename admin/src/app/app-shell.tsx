import type { ReactNode } from 'react'
import type { Role } from '../api/types.ts'
import { useNewsroom } from './newsroom-context.tsx'
import { Link, paths, type Route } from './router.tsx'

const ROLE_NAMES = { reporter: 'Reporter', editor: 'Editor', chief: 'Chief editor', admin: 'Administrator' }

/** The newsroom's sections; each shows only to the roles whose work it is (the API refuses the others anyway). */
const SECTIONS: {
  label: string
  href: string
  current: (r: Route) => boolean
  shows: (role: Role) => boolean
}[] = [
  {
    label: 'Dashboard',
    href: paths.dashboard,
    current: (r) => r.name === 'dashboard' || r.name === 'story' || r.name === 'history',
    shows: () => true,
  },
  { label: 'Wire', href: paths.wire, current: (r) => r.name === 'wire', shows: () => true },
  { label: 'Media', href: paths.media, current: (r) => r.name === 'media', shows: () => true },
  {
    label: 'Front page',
    href: paths.front,
    current: (r) => r.name === 'front',
    shows: (role) => role !== 'reporter',
  },
  {
    label: 'Manage',
    href: paths.manage(),
    current: (r) => r.name === 'manage',
    shows: (role) => role !== 'reporter',
  },
]

/** The frame of every signed-in screen: the paper's name, the sections of the newsroom, who is signed in. */
export function AppShell(props: { route: Route; onSignOut: () => void; children: ReactNode }) {
  const { user, settings } = useNewsroom()
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link className="brand" href={paths.dashboard}>
          <span className="brand-name">{settings.siteName}</span>
          <span className="brand-sub">Newsroom</span>
        </Link>
        <nav className="mainnav" aria-label="Newsroom">
          <ul>
            {SECTIONS.filter((s) => s.shows(user.role)).map((s) => (
              <li key={s.href}>
                <Link href={s.href} aria-current={s.current(props.route) ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <p className="account-who">
            <span className="account-name">{user.name}</span>
            <span className="account-role">{ROLE_NAMES[user.role]}</span>
          </p>
          <a className="account-link" href="/" target="_blank" rel="noopener">
            View site<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          <button className="button quiet small" type="button" onClick={props.onSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="main">
        {props.children}
      </main>
    </div>
  )
}
