import type { ReactNode } from 'react'
import { useNewsroom } from './newsroom-context.tsx'
import { Link, paths, type Route } from './router.tsx'

const ROLE_NAMES = { reporter: 'Reporter', editor: 'Editor', chief: 'Chief editor', admin: 'Administrator' }

/** Room for Media, Front page and Settings as they arrive: each is one more entry here and one more route. */
const SECTIONS: { label: string; href: string; current: (r: Route) => boolean }[] = [
  { label: 'Dashboard', href: paths.dashboard, current: (r) => r.name === 'dashboard' || r.name === 'story' },
  { label: 'Wire', href: paths.wire, current: (r) => r.name === 'wire' },
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
            {SECTIONS.map((s) => (
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
