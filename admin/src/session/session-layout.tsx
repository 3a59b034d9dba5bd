import type { ReactNode } from 'react'

/** The quiet frame of the screens before the newsroom: the name, one heading, one form. */
export function SessionLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="session-page">
      <main className="session-card" id="main">
        <p className="wordmark" aria-hidden="true">
          Dateline
        </p>
        <h1>{title}</h1>
        {children}
      </main>
      <footer className="session-foot">
        <a href="/">Go to the reader site</a>
      </footer>
    </div>
  )
}
