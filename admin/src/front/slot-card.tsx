import { useId, useState, type DragEvent } from 'react'
import { Link, paths } from '../app/router.tsx'
import type { Pin, SlotInfo } from './front-slots.ts'
import { STORY_DRAG_TYPE } from './use-published.ts'

/** A story dragged onto a slot: from the list of stories, or from another slot (it moves). */
export function droppedStory(event: DragEvent): Pin | null {
  try {
    const data = JSON.parse(event.dataTransfer.getData(STORY_DRAG_TYPE)) as Partial<Pin>
    if (typeof data.articleId !== 'number' || typeof data.headline !== 'string') return null
    return { articleId: data.articleId, headline: data.headline, published: data.published ?? true }
  } catch {
    return null
  }
}

/** Starts dragging a story (its id and headline travel with it; a text drop elsewhere gets the headline). */
export function startStoryDrag(event: DragEvent, pin: Pin): void {
  event.dataTransfer.setData(STORY_DRAG_TYPE, JSON.stringify(pin))
  event.dataTransfer.setData('text/plain', pin.headline)
  event.dataTransfer.effectAllowed = 'copyMove'
}

const carriesStory = (event: DragEvent) => [...event.dataTransfer.types].includes(STORY_DRAG_TYPE)

/**
 * One slot of the front page: its pinned story (the link to it) or the note that the latest story fills it; a story
 * dropped on it is pinned there; "Choose story" does the same without dragging, and "Unpin" empties it. An unsaved
 * change and a refusal from the server show on the slot itself.
 */
export function SlotCard(props: {
  slot: SlotInfo
  pin: Pin | null
  changed: boolean
  error?: string
  canEdit: boolean
  /** A story is being dragged somewhere on the page: every slot shows it can take it. */
  dragging: boolean
  onPin: (pin: Pin) => void
  onUnpin: () => void
  onChoose: () => void
  onDragging: (dragging: boolean) => void
  chooseRef: (el: HTMLButtonElement | null) => void
}) {
  const { slot, pin } = props
  const id = useId()
  const [over, setOver] = useState(false)
  const classes = [
    'front-slot',
    `is-${slot.kind}`,
    pin ? 'is-pinned' : 'is-open',
    props.changed ? 'is-changed' : '',
    props.dragging && props.canEdit ? 'is-target' : '',
    over ? 'is-over' : '',
    props.error ? 'has-error' : '',
  ]
  const drop = props.canEdit
    ? {
        onDragOver: (e: DragEvent) => {
          if (!carriesStory(e)) return
          e.preventDefault()
          e.dataTransfer.dropEffect = 'move'
          setOver(true)
        },
        onDragLeave: (e: DragEvent) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false)
        },
        onDrop: (e: DragEvent) => {
          setOver(false)
          const story = droppedStory(e)
          if (!story) return
          e.preventDefault()
          props.onPin(story)
        },
      }
    : {}
  return (
    <div className={classes.filter(Boolean).join(' ')} role="group" aria-labelledby={`${id}-label`} {...drop}>
      <div className="front-slot-head">
        <h3 className="front-slot-label" id={`${id}-label`}>
          {slot.label}
        </h3>
        {props.changed && <span className="front-slot-unsaved">Not saved</span>}
      </div>
      {pin ? (
        <div
          className="front-slot-story"
          draggable={props.canEdit}
          onDragStart={
            props.canEdit
              ? (e) => {
                  startStoryDrag(e, pin)
                  props.onDragging(true)
                }
              : undefined
          }
          onDragEnd={() => props.onDragging(false)}
        >
          <p className="front-slot-headline">
            <Link href={paths.story(pin.articleId)}>{pin.headline}</Link>
          </p>
          {!pin.published && (
            <p className="front-slot-warning">
              Not on the site now: the latest story fills this until it is.
            </p>
          )}
        </div>
      ) : (
        <p className="front-slot-empty">{over ? 'Drop to pin here' : 'Latest story fills this'}</p>
      )}
      {props.error && (
        <p className="front-slot-error" role="alert">
          {props.error}
        </p>
      )}
      {props.canEdit && (
        <div className="front-slot-actions">
          <button ref={props.chooseRef} className="button small" type="button" onClick={props.onChoose}>
            {pin ? 'Change' : 'Choose story'}
            <span className="visually-hidden"> for {slot.label}</span>
          </button>
          {pin && (
            <button className="button quiet small" type="button" onClick={props.onUnpin}>
              Unpin<span className="visually-hidden"> from {slot.label}</span>
            </button>
          )}
        </div>
      )}
    </div>
  )
}
