import { useEffect, useRef, useState, type ReactNode } from 'react'
import { canTransition } from '../../../src/core/access.ts'
import { formatStamp } from '../../../src/core/time-format.ts'
import { transitionFrom } from '../../../src/core/workflow.ts'
import { ApiError, errorMessage } from '../api/client.ts'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { Story, Transition } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { ActionDialog } from '../ui/action-dialog.tsx'
import { ZonedTimeInput } from '../ui/zoned-time-input.tsx'
import type { Workspace } from './workspace.ts'

type Input = 'minor' | 'at' | 'note' | 'reason' | 'required-reason'

interface Action {
  transition: Transition
  /** The button's words. */
  label: string
  /** What happens to readers (and to the desk), said before it happens. */
  tell: ReactNode
  input?: Input
  /** Shown as the way forward. */
  primary?: boolean
  /** Cannot be undone, or takes the story from readers. */
  grave?: boolean
}

/** Whether the story's publication status allows the move (the workflow state is checked by `transitionFrom`). */
function statusAllows(t: Transition, s: Story): boolean {
  if (s.status === 'killed') return false
  switch (t) {
    case 'publish':
      return s.status !== 'published' || s.hasPendingChanges || s.state === 'scheduled'
    case 'correct':
    case 'unpublish':
      return s.status === 'published'
    case 'spike':
      return s.status !== 'published'
    default:
      return true
  }
}

function actionsFor(s: Story, sectionName: string | null, zoneLabel: string): Action[] {
  const where = sectionName ? `on the front page, in ${sectionName}` : 'on the front page'
  const live = s.status === 'published'
  const all: Action[] = [
    {
      transition: 'submit',
      label: 'Submit to the desk',
      tell: 'Nothing changes for readers. The story moves to Submitted, where the desk’s editors pick it up.',
      primary: true,
    },
    {
      transition: 'approve',
      label: 'Approve',
      tell: 'Nothing changes for readers yet. The story is marked Approved, ready to publish.',
    },
    live
      ? {
          transition: 'publish',
          label: 'Publish update',
          tell: 'Readers see the new text now. The page shows a new “Update:” time unless this is a minor change.',
          input: 'minor',
          primary: true,
        }
      : {
          transition: 'publish',
          label: 'Publish',
          tell: `Readers can read it now: ${where}, in feeds, sitemaps and search. Partners are told at once.`,
          primary: true,
        },
    {
      transition: 'schedule',
      label: s.state === 'scheduled' ? 'Change the time' : 'Schedule',
      tell: `Readers see nothing until the time you give (on the paper’s clock, ${zoneLabel}); then it is published by itself.`,
      input: 'at',
    },
    {
      transition: 'correct',
      label: 'Publish a correction',
      tell: 'Readers see the corrected text now, with your note at the foot of the story. Say plainly what was wrong.',
      input: 'note',
    },
    {
      transition: 'unpublish',
      label: 'Unpublish',
      tell: 'Readers can no longer read it: its address answers “gone”, and it leaves the front page, its section, feeds and sitemaps. It can be published again.',
      input: 'reason',
      grave: true,
    },
    {
      transition: 'spike',
      label: 'Spike',
      tell: 'Nothing changes for readers. The story leaves the desk’s columns; it can be restored for a while.',
      grave: true,
    },
    {
      transition: 'restore',
      label: 'Restore',
      tell: 'Nothing changes for readers. The story goes back to Draft on its desk.',
      primary: true,
    },
    {
      transition: 'kill',
      label: 'Kill',
      tell: 'The story is withdrawn for good: its address says so, it leaves every list, partners are told, and it is locked. This cannot be undone.',
      input: 'required-reason',
      grave: true,
    },
  ]
  return all.filter((a) => transitionFrom[a.transition].includes(s.state) && statusAllows(a.transition, s))
}

function ConfirmDialog(props: { action: Action; ws: Workspace; onClose(done: boolean): void }) {
  const { action, ws } = props
  const { settings } = useNewsroom()
  const [minor, setMinor] = useState(false)
  const [at, setAt] = useState<string | null>(ws.story.scheduledAt)
  const [text, setText] = useState('')

  const body = (): Record<string, unknown> => {
    switch (action.input) {
      case 'minor':
        return { minor }
      case 'at':
        return { at }
      case 'note':
        return { note: text }
      case 'reason':
        return text.trim() ? { reason: text } : {}
      case 'required-reason':
        return { reason: text }
      default:
        return {}
    }
  }

  const run = async () => {
    // Whatever is typed goes with it: the move is made on the text as it stands on screen.
    if (!(await ws.flush()))
      throw new Error(
        'The latest changes could not be saved, so nothing was done. See the message above the text.',
      )
    ws.adopt(await newsroomApi.transition(ws.story.id, ws.version(), action.transition, body()))
  }

  const when = action.input === 'at' && at ? formatStamp(at, settings.timeZone, settings.zoneLabel) : null
  return (
    <ActionDialog
      title={`${action.label}?`}
      submitLabel={action.label}
      grave={action.grave ?? false}
      ready={action.input !== 'at' || at !== null}
      describedBy="confirm-tell"
      run={run}
      problemOf={(error) =>
        [
          errorMessage(error),
          ...(error instanceof ApiError ? error.fields.map((f) => `${f.path}: ${f.message}`) : []),
        ].join('. ')
      }
      onClose={props.onClose}
    >
      <p className="confirm-headline">{ws.story.headline}</p>
      <p id="confirm-tell">{action.tell}</p>
      {action.input === 'minor' && (
        <label className="check">
          <input type="checkbox" checked={minor} onChange={(e) => setMinor(e.target.checked)} />
          Minor change (a typo, a fixed link): keep the “Update:” time as it is
        </label>
      )}
      {action.input === 'at' && (
        <div className="detail-field">
          <label htmlFor="schedule-at">Publish at</label>
          <ZonedTimeInput
            id="schedule-at"
            value={at}
            zone={settings.timeZone}
            zoneLabel={settings.zoneLabel}
            onChange={setAt}
          />
          {when && <p className="hint">Readers will see the stamp {when}.</p>}
        </div>
      )}
      {(action.input === 'note' || action.input === 'reason' || action.input === 'required-reason') && (
        <div className="detail-field">
          <label htmlFor="confirm-text">
            {action.input === 'note'
              ? 'Correction note (readers see it)'
              : action.input === 'reason'
                ? 'Reason (for the record; optional)'
                : 'Reason (for the record and for partners)'}
          </label>
          <textarea
            id="confirm-text"
            rows={3}
            required={action.input !== 'reason'}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
      )}
    </ActionDialog>
  )
}

/**
 * The workflow moves the person may make on this story now, by their role and the story's state and status. Each
 * asks first, saying what readers will see; the move is made on the text as it stands, saved first.
 */
export function StoryActions({ ws }: { ws: Workspace }) {
  const { user, sections, settings } = useNewsroom()
  const [chosen, setChosen] = useState<Action | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const doneRef = useRef<HTMLParagraphElement>(null)
  // The button that was pressed may be gone with the state it belonged to: the news of what happened takes the focus.
  useEffect(() => {
    if (done) doneRef.current?.focus()
  }, [done])
  const s = ws.story
  const actor = { userId: user.id, role: user.role, deskIds: user.deskIds }
  const section = sections.find((x) => x.id === s.sectionId)?.name ?? null
  const actions = actionsFor(s, section, settings.zoneLabel).filter((a) =>
    canTransition(actor, { deskId: s.deskId, createdBy: s.createdBy, status: s.status }, a.transition),
  )
  // The way forward: publishing for those who may, else the first step the role has (submit, restore).
  const first = actions.find((a) => a.transition === 'publish') ?? actions.find((a) => a.primary) ?? null

  if (s.status === 'killed')
    return (
      <p className="actions-note">Killed: kept for the record; it cannot be edited or published again.</p>
    )
  return (
    <div className="story-actions">
      {actions.length === 0 ? (
        <p className="actions-note">
          {user.role === 'reporter' && s.state === 'submitted'
            ? 'Submitted: an editor takes it from here.'
            : 'Nothing to do here for your role at this stage.'}
        </p>
      ) : !ws.editable ? (
        <p className="actions-note">Take over the story to move it on.</p>
      ) : (
        <ul className="action-list">
          {actions.map((a) => (
            <li key={a.transition}>
              <button
                type="button"
                className={`button ${a === first ? 'primary' : a.grave ? 'quiet grave' : ''} small`}
                onClick={() => {
                  setDone(null)
                  setChosen(a)
                }}
              >
                {a.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {done && (
        <p className="actions-done" role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </p>
      )}
      {chosen && (
        <ConfirmDialog
          action={chosen}
          ws={ws}
          onClose={(done) => {
            if (done) setDone(`Done: ${chosen.label.toLowerCase()}.`)
            setChosen(null)
          }}
        />
      )}
    </div>
  )
}
