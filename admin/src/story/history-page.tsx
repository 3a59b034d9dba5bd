import { useState } from 'react'
import { ApiError, errorMessage } from '../api/client.ts'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { RevisionMeta } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { Link, navigate, paths } from '../app/router.tsx'
import { useLiveRefresh } from '../live/use-live-refresh.tsx'
import { ActionDialog } from '../ui/action-dialog.tsx'
import { PageHeading } from '../ui/page-heading.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { Time } from '../ui/time.tsx'
import { useNow } from '../ui/use-now.ts'
import { useResource } from '../ui/use-resource.ts'
import { RevisionDiff } from './revision-diff.tsx'
import { automaticAuthor, describeNote, fieldName } from './revision-words.ts'
import './history.css'

function RestoreButton(props: { id: number; version: number; revision: RevisionMeta; onRestored(): void }) {
  const [asking, setAsking] = useState(false)
  const { number } = props.revision
  return (
    <>
      <button type="button" className="button small" onClick={() => setAsking(true)}>
        Restore revision {number}
      </button>
      {asking && (
        <ActionDialog
          title={`Restore revision ${number}?`}
          submitLabel="Restore"
          busyLabel="Restoring…"
          describedBy="restore-tell"
          // Based on the version this page shows (a save made since is refused, not overwritten unseen); a restore
          // is a new save on top, never a rewrite of history.
          run={async () => {
            await newsroomApi.restoreRevision(props.id, number, props.version)
          }}
          problemOf={(error) =>
            error instanceof ApiError && error.status === 409
              ? 'The story was saved again since this page was opened: look at the newest revision first.'
              : errorMessage(error)
          }
          onClose={(done) => {
            setAsking(false)
            if (done) props.onRestored()
          }}
        >
          <p id="restore-tell">
            Its text and details become the story’s again, saved as a new revision; nothing in the history is
            lost. If the story is on the site, readers see the change only when it is published.
          </p>
        </ActionDialog>
      )}
    </>
  )
}

/**
 * A story's history: every save, newest first, and any two compared side by side (by default a save and the one
 * before it), with the way to bring an older one back.
 */
export function HistoryPage({ id }: { id: number }) {
  const now = useNow()
  const { user } = useNewsroom()
  const data = useResource(
    () => Promise.all([newsroomApi.story(id), newsroomApi.revisions(id), newsroomApi.staff()]),
    [id],
  )
  useLiveRefresh((key) => key === `article:${id}`, data.reload)
  const [picked, setPicked] = useState<number | null>(null)
  const [base, setBase] = useState<number | null>(null)

  const revisions = data.data?.[1].items ?? []
  const newest = revisions[0]?.number ?? null
  const shown = picked ?? newest
  const older = revisions.filter((r) => shown !== null && r.number < shown)
  const against = base !== null && base !== shown ? base : (older[0]?.number ?? null)

  const comparison = useResource(
    () =>
      shown !== null && against !== null
        ? newsroomApi.compareRevisions(id, against, shown)
        : Promise.resolve(null),
    [id, shown, against, newest],
  )

  if (!data.data) {
    return (
      <div className="page">
        <PageHeading>History</PageHeading>
        {data.error ? (
          <LoadError error={data.error} onRetry={data.reload} />
        ) : (
          <Loading label="Loading the history" />
        )}
      </div>
    )
  }
  const [story, , staff] = data.data
  const names = new Map(staff.items.map((s) => [s.id, s.name]))
  const who = (r: RevisionMeta) =>
    r.userId === null
      ? automaticAuthor(r.note)
      : r.userId === user.id
        ? 'You'
        : (names.get(r.userId) ?? 'A former colleague')
  const current = revisions.find((r) => r.number === shown) ?? null

  return (
    <div className="page history-page">
      <p className="crumbs">
        <Link href={paths.story(id)}>Back to the story</Link>
      </p>
      <div className="page-head">
        <PageHeading>History of changes</PageHeading>
      </div>
      <p className="page-lede">{story.headline}</p>
      <div className="history-layout">
        <nav aria-label="Revisions" className="revision-nav">
          <ol className="revision-list">
            {revisions.map((r) => (
              <li key={r.number}>
                <button
                  type="button"
                  className="revision"
                  aria-current={r.number === shown ? 'true' : undefined}
                  onClick={() => {
                    setPicked(r.number)
                    setBase(null)
                  }}
                >
                  <span className="revision-top">
                    <span className="revision-number">{r.number}</span>
                    <span className="revision-note">{describeNote(r.note)}</span>
                  </span>
                  <span className="revision-meta">
                    {who(r)}, <Time iso={r.createdAt} now={now} />
                  </span>
                  {r.changedFields.length > 0 && (
                    <span className="revision-fields">{r.changedFields.map(fieldName).join(', ')}</span>
                  )}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <section className="revision-view" aria-labelledby="revision-title">
          {current ? (
            <>
              <div className="revision-head">
                <h2 id="revision-title">
                  Revision {current.number}: {describeNote(current.note).toLowerCase()}
                </h2>
                {current.number !== newest && (
                  <RestoreButton
                    id={id}
                    version={story.version}
                    revision={current}
                    onRestored={() => navigate(paths.story(id))}
                  />
                )}
              </div>
              {older.length > 0 ? (
                <div className="compare-with">
                  <label htmlFor="compare-base">Compared with</label>
                  <select
                    id="compare-base"
                    value={against ?? ''}
                    onChange={(e) => setBase(Number(e.target.value))}
                  >
                    {older.map((r) => (
                      <option key={r.number} value={r.number}>
                        Revision {r.number} ({describeNote(r.note).toLowerCase()})
                      </option>
                    ))}
                  </select>
                </div>
              ) : (
                <p className="hint">The first revision: nothing before it to compare with.</p>
              )}
              {comparison.data ? (
                <RevisionDiff comparison={comparison.data} />
              ) : comparison.error ? (
                <LoadError error={comparison.error} onRetry={comparison.reload} />
              ) : older.length > 0 ? (
                <Loading label="Comparing" />
              ) : null}
            </>
          ) : (
            <p className="empty">No revisions yet.</p>
          )}
        </section>
      </div>
    </div>
  )
}
