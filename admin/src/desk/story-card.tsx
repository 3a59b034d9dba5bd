import type { StorySummary } from '../api/types.ts'
import { Link, paths } from '../app/router.tsx'
import { StateBadge } from '../ui/state-badge.tsx'
import { Time } from '../ui/time.tsx'

export function byline(story: StorySummary): string {
  const names = story.contributors.map((c) => c.name)
  if (names.length)
    return names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ')
  return story.source?.name ?? ''
}

/** The time that matters for where the story stands: when it goes out, when it went out, or its last edit. */
function storyTime(story: StorySummary): { iso: string; prefix: string } {
  if (story.state === 'scheduled' && story.scheduledAt) return { iso: story.scheduledAt, prefix: 'Publishes' }
  if (story.state === 'published') {
    const updated = story.updatedAt && story.firstPublishedAt && story.updatedAt > story.firstPublishedAt
    return {
      iso: story.updatedAt ?? story.firstPublishedAt ?? story.modifiedAt,
      prefix: updated ? 'Updated' : 'Published',
    }
  }
  return { iso: story.modifiedAt, prefix: story.modifiedAt === story.createdAt ? 'Created' : 'Edited' }
}

/** What else an editor must see at a glance: a live story being changed, a story off the site, an embargo. */
function notes(story: StorySummary, now: number): string[] {
  const out: string[] = []
  if (story.status === 'published' && story.state !== 'published') out.push('Live: update in progress')
  if (story.status === 'unpublished') out.push('Taken off the site')
  if (story.status === 'killed') out.push('Killed')
  if (story.embargoedUntil && new Date(story.embargoedUntil).getTime() > now) out.push('Embargoed')
  return out
}

/**
 * A story on the board: its headline (the link to it), byline, state and time. A published story in the output
 * column needs only its headline and time: the column already says where it stands.
 */
export function StoryCard(props: { story: StorySummary; now: number; fresh?: boolean; compact?: boolean }) {
  const { story, now } = props
  const by = props.compact ? '' : byline(story)
  const time = storyTime(story)
  const extra = notes(story, now)
  const classes = ['card', props.compact ? 'is-compact' : '', props.fresh ? 'is-fresh' : '']
  return (
    <article className={classes.filter(Boolean).join(' ')}>
      <h4 className="card-title">
        <Link href={paths.story(story.id)}>{story.headline}</Link>
      </h4>
      {by && <p className="card-byline">{by}</p>}
      <div className="card-meta">
        {!props.compact && <StateBadge state={story.state} />}
        <span className="card-time">
          <Time iso={time.iso} now={now} prefix={time.prefix} />
        </span>
      </div>
      {extra.length > 0 && <p className="card-notes">{extra.join(' · ')}</p>}
    </article>
  )
}
