import type { ComponentChildren } from 'preact'
import { formatDateBar, toZonedIso } from '../../core/time-format.ts'
import { sectionPath } from '../urls.ts'
import { HeadView } from './head-view.tsx'
import type { HeadMeta, SiteContext } from './site-context.ts'

export interface LayoutProps {
  ctx: SiteContext
  meta: HeadMeta
  /** The section the page belongs to, marked in the navigation; 'front' for the front page. */
  current?: number | 'front' | undefined
  children: ComponentChildren
}

/** Every reader page: masthead with the date bar, section navigation, the content, and the rights notice. */
export function LayoutView({ ctx, meta, current, children }: LayoutProps) {
  const { settings, sections, now } = ctx
  return (
    <html lang={meta.language ?? settings.language}>
      <HeadView ctx={ctx} meta={meta} />
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="masthead">
          <div class="topbar">
            <div class="wrap">
              <time class="datebar" datetime={toZonedIso(now, settings.timeZone).slice(0, 10)}>
                {formatDateBar(now, settings.timeZone)}
              </time>
              <a class="topbar-search" href="/search">
                Search
              </a>
            </div>
          </div>
          <div class="brand wrap">
            <a class="logo" href="/">
              {settings.siteName}
            </a>
            {settings.tagline && <p class="tagline">{settings.tagline}</p>}
          </div>
          <nav class="sections" aria-label="Sections">
            <ul class="wrap">
              <li>
                <a href="/" {...(current === 'front' ? { 'aria-current': 'page' } : {})}>
                  Home
                </a>
              </li>
              {sections.map((s) => (
                <li>
                  <a href={sectionPath(s)} {...(current === s.id ? { 'aria-current': 'page' } : {})}>
                    {s.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" class="wrap">
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p class="footer-name">{settings.siteName}</p>
            <p class="rights">{settings.rightsNotice}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
