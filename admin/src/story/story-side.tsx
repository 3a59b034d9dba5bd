import { useState, type ReactNode } from 'react'
import './story-side.css'
import type { Story } from '../api/types.ts'
import { Link, paths } from '../app/router.tsx'
import { StateBadge } from '../ui/state-badge.tsx'
import { Time } from '../ui/time.tsx'
import { useNow } from '../ui/use-now.ts'
import { ReaderPreview } from './reader-preview.tsx'
import { StoryActions } from './story-actions.tsx'
import { StoryDetailsForm } from './story-details.tsx'
import type { Workspace } from './workspace.ts'

const STATUS_LABELS = {
  draft: 'Not on the site',
  published: 'On the site',
  unpublished: 'Taken off the site',
  killed: 'Killed',
}

/** What the story's record says and nobody edits here: times, where it came from, its address. */
function Facts({ story }: { story: Story }) {
  const now = useNow()
  const rows: [string, ReactNode][] = [
    ['Created', <Time iso={story.createdAt} now={now} />],
    ['Last change', <Time iso={story.modifiedAt} now={now} />],
  ]
  if (story.firstPublishedAt) rows.push(['First published', <Time iso={story.firstPublishedAt} now={now} />])
  if (story.scheduledAt) rows.push(['Scheduled for', <Time iso={story.scheduledAt} now={now} />])
  if (story.provenance)
    rows.push([
      'From the wire',
      `${story.provenance.provider ?? story.provenance.uri}, version ${story.provenance.version}`,
    ])
  if (story.url)
    rows.push([
      'Address',
      <a href={story.url} target="_blank" rel="noopener">
        {new URL(story.url).pathname}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>,
    ])
  return (
    <dl className="fields">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/**
 * The column beside the text: where the story stands and what may be done with it, then its details or the reader's
 * preview (one at a time, so neither is cramped), its record, and the way to its history.
 */
export function StorySide({ ws }: { ws: Workspace }) {
  const [tab, setTab] = useState<'details' | 'preview'>('details')
  const s = ws.story
  const tabs = [
    ['details', 'Details'],
    ['preview', 'Preview'],
  ] as const
  return (
    <aside
      className={`story-side${tab === 'preview' ? ' previewing' : ''}`}
      aria-label="Story details and actions"
    >
      <div className="side-status">
        <StateBadge state={s.state} />
        <span className="status-text">{STATUS_LABELS[s.status]}</span>
        {s.hasPendingChanges && <span className="card-notes">Changes waiting to be published</span>}
      </div>
      <StoryActions ws={ws} />
      <div className="side-tabs" role="tablist" aria-label="Beside the text">
        {tabs.map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`side-tab-${key}`}
            aria-selected={tab === key}
            aria-controls={`side-panel-${key}`}
            tabIndex={tab === key ? 0 : -1}
            className="side-tab"
            onClick={() => setTab(key)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return
              const next = tab === 'details' ? 'preview' : 'details'
              setTab(next)
              document.getElementById(`side-tab-${next}`)?.focus()
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`side-panel-${tab}`}
        aria-labelledby={`side-tab-${tab}`}
        className="side-panel"
      >
        {tab === 'details' ? <StoryDetailsForm ws={ws} /> : <ReaderPreview story={s} />}
      </div>
      <Facts story={s} />
      <p className="side-links">
        <Link href={paths.history(s.id)}>History of changes</Link>
      </p>
    </aside>
  )
}
