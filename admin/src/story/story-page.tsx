import { lazy, Suspense, type ReactNode } from 'react'
import type { Story } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { Link, paths } from '../app/router.tsx'
import { byline } from '../desk/story-card.tsx'
import { useLiveRefresh } from '../live/use-live-refresh.tsx'
import { PageHeading } from '../ui/page-heading.tsx'
import { StateBadge } from '../ui/state-badge.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { Time } from '../ui/time.tsx'
import { useNow } from '../ui/use-now.ts'
import { useResource } from '../ui/use-resource.ts'
import { newsroomApi } from '../api/newsroom-api.ts'

// Tiptap and ProseMirror are most of the editor's weight: they load with the first story opened, not with the desk.
const StoryEditor = lazy(() => import('./story-editor.tsx').then((m) => ({ default: m.StoryEditor })))

const STATUS_LABELS = {
  draft: 'Not on the site',
  published: 'On the site',
  unpublished: 'Taken off the site',
  killed: 'Killed',
}

function Fields({ story }: { story: Story }) {
  const { desks, sections } = useNewsroom()
  const now = useNow()
  const desk = desks.find((d) => d.id === story.deskId)
  const stage = desk?.stages.find((s) => s.id === story.stageId)
  const section = sections.find((s) => s.id === story.sectionId)
  const rows: [string, ReactNode][] = [
    ['Publication', STATUS_LABELS[story.status]],
    ['Desk', desk ? <Link href={paths.desk(desk.id)}>{desk.name}</Link> : 'None'],
    ['Stage', stage?.name ?? 'None'],
    ['Section', section?.name ?? 'None'],
    ['Byline', byline(story) || 'None'],
    ['Source', story.source?.name ?? 'None'],
    [
      'Dateline',
      story.dateline ? [story.dateline.place, story.dateline.country].filter(Boolean).join(', ') : 'None',
    ],
    ['Created', <Time iso={story.createdAt} now={now} />],
    ['Last change', <Time iso={story.modifiedAt} now={now} />],
  ]
  if (story.firstPublishedAt) rows.push(['First published', <Time iso={story.firstPublishedAt} now={now} />])
  if (story.scheduledAt) rows.push(['Scheduled for', <Time iso={story.scheduledAt} now={now} />])
  if (story.embargoedUntil) rows.push(['Embargo until', <Time iso={story.embargoedUntil} now={now} />])
  if (story.provenance)
    rows.push([
      'From the wire',
      `${story.provenance.provider ?? story.provenance.uri}, version ${story.provenance.version}`,
    ])
  if (story.tags.length) rows.push(['Tags', story.tags.join(', ')])
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
 * One story: its text in the story editor, its fields (and later the workflow actions) in the side column.
 */
export function StoryPage({ id }: { id: number }) {
  const story = useResource(() => newsroomApi.story(id), [id])
  const deskKey = story.data?.deskId != null ? `desk:${story.data.deskId}` : null
  useLiveRefresh((key) => key === `article:${id}` || key === deskKey, story.reload)

  if (!story.data) {
    return (
      <div className="page narrow">
        {story.error ? (
          <>
            <PageHeading>Story {id}</PageHeading>
            <LoadError error={story.error} onRetry={story.reload} />
          </>
        ) : (
          <Loading label="Loading the story" />
        )}
      </div>
    )
  }
  const s = story.data
  return (
    <div className="page story-page">
      <p className="crumbs">
        <Link href={s.deskId !== null ? paths.desk(s.deskId) : paths.dashboard}>Back to the desk</Link>
        <a href={`/api/v1/articles/${s.id}/preview`} target="_blank" rel="noopener">
          Preview as readers will see it<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      <div className="story-layout">
        <article className="story-main">
          <div className="story-state">
            <StateBadge state={s.state} />
            {s.hasPendingChanges && <span className="card-notes">An update is waiting to be published</span>}
          </div>
          <PageHeading className="visually-hidden">{s.headline || `Story ${s.id}`}</PageHeading>
          <Suspense fallback={<Loading label="Loading the editor" />}>
            <StoryEditor key={s.id} story={s} onSaved={story.reload} />
          </Suspense>
        </article>
        <section className="story-side" aria-labelledby="story-details">
          <h2 id="story-details" className="side-title">
            Details
          </h2>
          <Fields story={s} />
        </section>
      </div>
    </div>
  )
}
