import { useState, type ReactNode } from 'react'
import './story-side.css'
import type { Story } from '../api/types.ts'
import { Link, paths } from '../app/router.tsx'
import { StateBadge } from '../ui/state-badge.tsx'
import { Time } from '../ui/time.tsx'
import { useMediaQuery } from '../ui/use-media-query.ts'
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

/** Below this width the column goes above the text (see story-side.css), with its details folded away. */
const NARROW = '(max-width: 1099px)'

/**
 * The column beside the text: where the story stands and what may be done with it, then its details or the reader's
 * preview (one at a time, so neither is cramped), its record, and the way to its history. On a tablet it sits above
 * the text, status and moves first, the rest behind one button.
 */
export function StorySide({ ws }: { ws: Workspace }) {
  const [tab, setTab] = useState<'details' | 'preview'>('details')
  const [previewed, setPreviewed] = useState(false)
  const choose = (next: 'details' | 'preview') => {
    setTab(next)
    if (next === 'preview') setPreviewed(true)
  }
  const narrow = useMediaQuery(NARROW)
  const [unfolded, setUnfolded] = useState(false)
  const folded = narrow && !unfolded
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
      {narrow && (
        <button
          type="button"
          className="button small unfold"
          aria-expanded={unfolded}
          aria-controls="story-side-more"
          onClick={() => setUnfolded(!unfolded)}
        >
          {unfolded ? 'Hide details' : 'Details and preview'}
        </button>
      )}
      <div id="story-side-more" className="side-more" hidden={folded}>
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
              onClick={() => choose(key)}
              onKeyDown={(e) => {
                const next =
                  e.key === 'Home'
                    ? 'details'
                    : e.key === 'End'
                      ? 'preview'
                      : e.key === 'ArrowRight' || e.key === 'ArrowLeft'
                        ? tab === 'details'
                          ? 'preview'
                          : 'details'
                        : null
                if (!next) return
                e.preventDefault()
                choose(next)
                document.getElementById(`side-tab-${next}`)?.focus()
              }}
            >
              {label}
            </button>
          ))}
        </div>
        {/* Both panels stay mounted (half-typed details survive a look at the preview); the frame loads once seen. */}
        <div
          role="tabpanel"
          id="side-panel-details"
          aria-labelledby="side-tab-details"
          hidden={tab !== 'details'}
        >
          <StoryDetailsForm ws={ws} />
        </div>
        <div
          role="tabpanel"
          id="side-panel-preview"
          aria-labelledby="side-tab-preview"
          hidden={tab !== 'preview'}
        >
          {(tab === 'preview' || previewed) && <ReaderPreview story={s} />}
        </div>
        <Facts story={s} />
      </div>
      <p className="side-links">
        <Link href={paths.history(s.id)}>History of changes</Link>
      </p>
    </aside>
  )
}
