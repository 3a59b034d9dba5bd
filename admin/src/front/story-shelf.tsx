import { useId, useState } from 'react'
import type { StorySummary } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { Time } from '../ui/time.tsx'
import { useNow } from '../ui/use-now.ts'
import { startStoryDrag } from './slot-card.tsx'
import { usePublished } from './use-published.ts'

/**
 * The published stories, to drag onto a slot: headline, section, when published, and the slot it is in, if any.
 * Dragging is one way; each slot's "Choose story" button is the other (keyboard, tablet, screen reader).
 */
export function StoryShelf(props: {
  pinnedIn: ReadonlyMap<number, string>
  canEdit: boolean
  onDragging: (dragging: boolean) => void
}) {
  const id = useId()
  const [text, setText] = useState('')
  const stories = usePublished(text)
  const { sections } = useNewsroom()
  const now = useNow()
  const sectionName = (story: StorySummary) => sections.find((s) => s.id === story.sectionId)?.name

  return (
    <section className="front-shelf" aria-labelledby={`${id}-title`}>
      <h2 className="panel-title" id={`${id}-title`}>
        Published stories
      </h2>
      {props.canEdit && (
        <p className="list-note">Drag a story onto a slot, or use a slot’s “Choose story” button.</p>
      )}
      <form className="front-shelf-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="visually-hidden" htmlFor={`${id}-q`}>
          Search published stories
        </label>
        <input
          id={`${id}-q`}
          type="search"
          autoComplete="off"
          placeholder="Search published stories"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </form>
      {stories.error && !stories.data ? (
        <LoadError error={stories.error} onRetry={stories.reload} />
      ) : !stories.data ? (
        <Loading label="Loading the stories" />
      ) : stories.data.items.length === 0 ? (
        <p className="empty">
          {stories.searched ? 'No published story matches this search.' : 'No story is published yet.'}
        </p>
      ) : (
        // The list scrolls on its own (the slots stay in view); the keyboard can scroll it too.
        <ul
          className="front-shelf-list"
          aria-busy={stories.loading}
          aria-labelledby={`${id}-title`}
          tabIndex={0}
        >
          {stories.data.items.map((story) => {
            const where = props.pinnedIn.get(story.id)
            return (
              <li
                key={story.id}
                className={where ? 'front-story is-pinned' : 'front-story'}
                draggable={props.canEdit}
                onDragStart={
                  props.canEdit
                    ? (e) => {
                        startStoryDrag(e, { articleId: story.id, headline: story.headline, published: true })
                        props.onDragging(true)
                      }
                    : undefined
                }
                onDragEnd={() => props.onDragging(false)}
              >
                <p className="front-story-headline">{story.headline}</p>
                <p className="front-story-meta">
                  {sectionName(story) && <span>{sectionName(story)}</span>}
                  <Time iso={story.firstPublishedAt ?? story.modifiedAt} now={now} />
                </p>
                {where && <p className="front-story-pinned">In {where}</p>}
              </li>
            )
          })}
        </ul>
      )}
      {stories.data && stories.data.total > stories.data.items.length && (
        <p className="list-note">
          The {stories.data.items.length} most recently changed of {stories.data.total}. Search to find
          others.
        </p>
      )}
    </section>
  )
}
