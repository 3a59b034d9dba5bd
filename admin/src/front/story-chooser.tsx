import { useEffect, useId, useRef, useState } from 'react'
import type { StorySummary } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { Time } from '../ui/time.tsx'
import { useNow } from '../ui/use-now.ts'
import { usePublished } from './use-published.ts'

/**
 * The way to fill a slot without dragging (keyboard, a tablet): a modal dialog listing the published stories, with
 * a search; choosing one pins it and closes the dialog, and the focus goes back to the slot's button.
 */
export function StoryChooser(props: {
  slotLabel: string
  /** Where each story is pinned now, to say so beside it. */
  pinnedIn: ReadonlyMap<number, string>
  currentId: number | null
  onChoose: (story: StorySummary) => void
  onClose: () => void
}) {
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [text, setText] = useState('')
  const stories = usePublished(text)
  const { sections } = useNewsroom()
  const now = useNow()
  const chosen = useRef<StorySummary | null>(null)
  const search = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
    // The search is where one starts (the dialog would give the focus to its first button, Cancel).
    search.current?.focus()
  }, [])

  const sectionName = (sectionId: number | null) => sections.find((s) => s.id === sectionId)?.name
  return (
    <dialog
      ref={dialog}
      className="front-chooser"
      aria-labelledby={`${id}-title`}
      onClose={() => {
        // The dialog has closed (and given the focus back); now the choice is made known.
        if (chosen.current) props.onChoose(chosen.current)
        props.onClose()
      }}
    >
      <div className="front-chooser-head">
        <h2 id={`${id}-title`}>Choose the story for {props.slotLabel}</h2>
        <button className="button quiet small" type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
      <form className="front-chooser-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-q`}>Search published stories</label>
        <input
          ref={search}
          id={`${id}-q`}
          type="search"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </form>
      <div className="front-chooser-list">
        {stories.error && !stories.data ? (
          <LoadError error={stories.error} onRetry={stories.reload} />
        ) : !stories.data ? (
          <Loading label="Loading the stories" />
        ) : stories.data.items.length === 0 ? (
          <p className="empty">
            {stories.searched ? 'No published story matches this search.' : 'No story is published yet.'}
          </p>
        ) : (
          <ul aria-busy={stories.loading}>
            {stories.data.items.map((story) => {
              const where = props.pinnedIn.get(story.id)
              const current = story.id === props.currentId
              return (
                <li key={story.id}>
                  <button
                    type="button"
                    className="front-choice"
                    aria-current={current || undefined}
                    onClick={() => {
                      chosen.current = story
                      dialog.current?.close()
                    }}
                  >
                    <span className="front-choice-headline">{story.headline}</span>
                    <span className="front-choice-meta">
                      {sectionName(story.sectionId) && <span>{sectionName(story.sectionId)}</span>}
                      <Time iso={story.firstPublishedAt ?? story.modifiedAt} now={now} prefix="Published" />
                      {where && (
                        <span className="front-choice-pinned">{current ? 'Here now' : `In ${where}`}</span>
                      )}
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
        )}
      </div>
    </dialog>
  )
}
