import { Link, paths, type ManageSection } from '../app/router.tsx'
import type { MANAGE_SCREENS } from './manage-sections.ts'

/** The tabs between the Manage screens one may open; the current one is marked for assistive technology too. */
export function ManageNav(props: { current: ManageSection; screens: typeof MANAGE_SCREENS }) {
  return (
    <nav className="subnav" aria-label="Manage">
      <ul>
        {props.screens.map((s) => (
          <li key={s.section}>
            <Link
              href={paths.manage(s.section)}
              aria-current={s.section === props.current ? 'page' : undefined}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
