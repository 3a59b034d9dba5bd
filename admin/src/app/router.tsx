import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react'

/** The app's screens, each at its own address below /admin, so a reload or a shared link opens the same one. */
export type Route =
  | { name: 'dashboard'; deskId: number | null }
  | { name: 'wire' }
  | { name: 'story'; id: number }
  | { name: 'history'; id: number }
  | { name: 'media' }
  | { name: 'front' }
  | { name: 'manage'; section: ManageSection }
  | { name: 'not-found' }

/** The administration screens, each at /admin/manage/<section>. */
export const manageSections = ['users', 'desks', 'sources', 'settings'] as const
export type ManageSection = (typeof manageSections)[number]

export const paths = {
  dashboard: '/admin',
  desk: (id: number) => `/admin/desks/${id}`,
  wire: '/admin/wire',
  story: (id: number) => `/admin/stories/${id}`,
  history: (id: number) => `/admin/stories/${id}/history`,
  media: '/admin/media',
  front: '/admin/front',
  manage: (section: ManageSection = 'users') => `/admin/manage/${section}`,
}

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
  if (path === '/admin') return { name: 'dashboard', deskId: null }
  if (path === '/admin/wire') return { name: 'wire' }
  const desk = /^\/admin\/desks\/(\d{1,12})$/.exec(path)
  if (desk) return { name: 'dashboard', deskId: Number(desk[1]) }
  const story = /^\/admin\/stories\/(\d{1,12})$/.exec(path)
  if (story) return { name: 'story', id: Number(story[1]) }
  const history = /^\/admin\/stories\/(\d{1,12})\/history$/.exec(path)
  if (history) return { name: 'history', id: Number(history[1]) }
  if (path === '/admin/media') return { name: 'media' }
  if (path === '/admin/front') return { name: 'front' }
  if (path === '/admin/manage') return { name: 'manage', section: 'users' }
  const manage = /^\/admin\/manage\/([a-z]+)$/.exec(path)
  const section = manageSections.find((s) => s === manage?.[1])
  if (section) return { name: 'manage', section }
  return { name: 'not-found' }
}

const NAVIGATE = 'dateline:navigate'
let focusPending = false

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE, onChange)
  }
}

/** The path shown, re-rendering on every navigation (links, back and forward). */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}

/** Goes to `to` inside the app. `keepFocus`: the control that asked (a desk picker) keeps the focus. */
export function navigate(to: string, options: { replace?: boolean; keepFocus?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return
  if (options.replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  focusPending = !options.replace && !options.keepFocus
  window.dispatchEvent(new Event(NAVIGATE))
}

/**
 * After a navigation the new page's heading takes the focus, so a screen reader announces where one is and the
 * keyboard starts from the top of the new page. A first load leaves the focus where the browser put it.
 */
export function takeNavigationFocus(): boolean {
  const pending = focusPending
  focusPending = false
  return pending
}

/** The next screen's heading takes the focus when it appears (after signing in, too). */
export function focusNextHeading(): void {
  focusPending = true
}

window.addEventListener('popstate', focusNextHeading)

/** A link inside the app: a real `<a href>` (open in new tab works), followed without reloading the page. */
export function Link(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { onClick, ...rest } = props
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return
    if (event.altKey || props.target) return
    event.preventDefault()
    navigate(props.href)
  }
  return <a {...rest} onClick={follow} />
}
