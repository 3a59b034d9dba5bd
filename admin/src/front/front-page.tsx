import { useEffect, useMemo, useRef, useState } from 'react'
import { ApiError, errorMessage } from '../api/client.ts'
import type { StorySummary } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { useLiveRefresh } from '../live/use-live-refresh.tsx'
import { PageHeading } from '../ui/page-heading.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { useResource } from '../ui/use-resource.ts'
import { frontApi, type FrontSlots } from './front-api.ts'
import {
  changesBody,
  frontSlotList,
  slotErrors,
  slotsWithChanges,
  withPin,
  type Pin,
  type SlotChanges,
  type SlotInfo,
} from './front-slots.ts'
import { SlotCard } from './slot-card.tsx'
import { StoryChooser } from './story-chooser.tsx'
import { StoryShelf } from './story-shelf.tsx'
import './front.css'

type Status =
  | { kind: 'idle' }
  | { kind: 'note'; text: string }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; error: unknown }

/** Why a save failed: the slots the server refused (then nothing changed), or what it said. */
function failure(error: unknown, refused: string[]): string {
  if (refused.length === 0) return `Not saved: ${errorMessage(error)}`
  const names = refused.length > 1 ? `${refused.slice(0, -1).join(', ')} and ${refused.at(-1)}` : refused[0]
  return `Not saved: ${names} ${refused.length > 1 ? 'were' : 'was'} refused (see below), so nothing changed.`
}

/**
 * Front-page curation: the page's slots laid out as readers see them, each with its pinned story or the note that
 * the latest story fills it, and the published stories beside them. A story is pinned by dragging it onto a slot or
 * with the slot's "Choose story" button; changes gather until "Save" sends them in one PATCH, which the server
 * applies all or nothing. A refused slot says why on the slot, and the changes stay.
 */
export function FrontPage() {
  const { user, sections } = useNewsroom()
  const canEdit = user.role !== 'reporter'
  const front = useResource(() => frontApi.slots(), [])
  // Someone else's save (the `front` key) shows at once; one's own unsaved changes stay on top of it.
  useLiveRefresh((key) => key === 'front', front.reload)
  // What the server holds: as loaded, then as the last save answered (without waiting for a reload).
  const [saved, setSaved] = useState<FrontSlots>({})
  useEffect(() => {
    if (front.data) setSaved(front.data.slots)
  }, [front.data])
  const [changes, setChanges] = useState<SlotChanges>({})
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [choosing, setChoosing] = useState<SlotInfo | null>(null)
  const [dragging, setDragging] = useState(false)
  const chooseButtons = useRef(new Map<string, HTMLButtonElement>())

  const slots = useMemo(() => frontSlotList(sections), [sections])
  const shown = slotsWithChanges(saved, changes)
  const labelOf = (name: string) => slots.find((s) => s.name === name)?.label ?? name
  const pinnedIn = new Map(Object.entries(shown).map(([slot, pin]) => [pin.articleId, labelOf(slot)]))
  const count = Object.keys(changes).length
  const errors =
    status.kind === 'failed' && status.error instanceof ApiError ? slotErrors(status.error.fields) : {}

  // Leaving the page (reload, closing the tab) with changes not saved asks first.
  useEffect(() => {
    if (count === 0) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [count])

  const pin = (slot: SlotInfo, story: Pin | null) => {
    const next = withPin(saved, changes, slot.name, story)
    setChanges(next.changes)
    const moved = next.movedFrom ? ` (moved from ${labelOf(next.movedFrom)})` : ''
    setStatus({
      kind: 'note',
      text: story
        ? `“${story.headline}” pinned to ${slot.label}${moved}. Not saved yet.`
        : `${slot.label} unpinned: the latest story fills it. Not saved yet.`,
    })
  }
  const unpin = (slot: SlotInfo) => {
    pin(slot, null)
    // The Unpin button is gone; the slot's other button keeps the focus in place.
    window.requestAnimationFrame(() => chooseButtons.current.get(slot.name)?.focus())
  }

  const save = async () => {
    if (status.kind === 'saving') return
    if (count === 0) {
      setStatus({ kind: 'note', text: 'Nothing to save: pin or unpin a story first.' })
      return
    }
    setStatus({ kind: 'saving' })
    try {
      const result = await frontApi.change(changesBody(changes))
      setSaved(result.slots)
      setChanges({})
      setStatus({ kind: 'saved' })
    } catch (error) {
      setStatus({ kind: 'failed', error })
    }
  }

  const slot = (info: SlotInfo) => (
    <SlotCard
      key={info.name}
      slot={info}
      pin={shown[info.name] ?? null}
      changed={info.name in changes}
      {...(errors[info.name] ? { error: `${info.label}: ${errors[info.name]}` } : {})}
      canEdit={canEdit}
      dragging={dragging}
      onDragging={setDragging}
      onPin={(story) => {
        setDragging(false)
        pin(info, story)
      }}
      onUnpin={() => unpin(info)}
      onChoose={() => setChoosing(info)}
      chooseRef={(el) => {
        if (el) chooseButtons.current.set(info.name, el)
        else chooseButtons.current.delete(info.name)
      }}
    />
  )
  const byKind = (kind: SlotInfo['kind']) => slots.filter((s) => s.kind === kind)

  return (
    <div className="page front-page">
      <div className="page-head">
        <PageHeading>Front page</PageHeading>
        <a className="front-live-link" href="/" target="_blank" rel="noopener">
          See the front page<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
      <p className="page-lede">
        Pin stories to the places readers see first. A place left open shows the latest story.
      </p>

      {!canEdit && <p className="notice">Editors and above choose the front page’s stories.</p>}
      {canEdit && (
        <div className={count > 0 ? 'front-savebar has-changes' : 'front-savebar'}>
          <p className={status.kind === 'failed' ? 'front-status is-error' : 'front-status'} role="status">
            {status.kind === 'saving' && 'Saving…'}
            {status.kind === 'saved' && 'Saved. The front page shows the change now.'}
            {status.kind === 'failed' && failure(status.error, Object.keys(errors).map(labelOf))}
            {status.kind === 'note' && status.text}
            {status.kind === 'idle' && (count > 0 ? '' : 'The front page as it is now.')}
          </p>
          <div className="front-save-actions">
            {count > 0 && (
              <span className="front-count">
                {count} {count === 1 ? 'change' : 'changes'} not saved
              </span>
            )}
            {count > 0 && (
              <button
                className="button quiet"
                type="button"
                onClick={() => {
                  setChanges({})
                  setStatus({ kind: 'note', text: 'Changes discarded.' })
                }}
              >
                Discard
              </button>
            )}
            <button
              className="button primary"
              type="button"
              onClick={save}
              disabled={status.kind === 'saving'}
              aria-disabled={count === 0 || undefined}
            >
              {status.kind === 'saving' ? 'Saving…' : 'Save front page'}
            </button>
          </div>
        </div>
      )}

      {front.error && !front.data ? (
        <LoadError error={front.error} onRetry={front.reload} />
      ) : !front.data ? (
        <Loading label="Loading the front page" />
      ) : (
        <div className="front-layout">
          <div className="front-slots">
            <section className="front-top" aria-labelledby="front-top-title">
              <h2 className="front-group-title" id="front-top-title">
                Top of the page
              </h2>
              <div className="front-top-grid">
                <div className="front-lead-column">
                  {byKind('lead').map(slot)}
                  <div className="front-more">
                    <p className="front-group-note">Headlines under the lead</p>
                    {byKind('more').map(slot)}
                  </div>
                </div>
                <div className="front-side">
                  <p className="front-group-note">Beside the lead</p>
                  {byKind('top').map(slot)}
                </div>
              </div>
              <p className="front-latest">Then the latest stories, newest first, each once.</p>
            </section>
            {byKind('section').length > 0 && (
              <section className="front-sections" aria-labelledby="front-sections-title">
                <h2 className="front-group-title" id="front-sections-title">
                  Section blocks
                </h2>
                <p className="front-group-note">The first story of each section’s block on the front page.</p>
                <div className="front-sections-grid">{byKind('section').map(slot)}</div>
              </section>
            )}
          </div>
          <StoryShelf pinnedIn={pinnedIn} canEdit={canEdit} onDragging={setDragging} />
        </div>
      )}

      {choosing && (
        <StoryChooser
          slotLabel={choosing.label}
          pinnedIn={pinnedIn}
          currentId={shown[choosing.name]?.articleId ?? null}
          onChoose={(story: StorySummary) =>
            pin(choosing, { articleId: story.id, headline: story.headline, published: true })
          }
          onClose={() => setChoosing(null)}
        />
      )}
    </div>
  )
}
