import type { ComponentChildren } from 'preact'

/** A short message page: not found, removed, nothing yet. */
export function NoticeView({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="notice">
      <h1 class="page-title">{title}</h1>
      {children}
    </div>
  )
}
