import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { errorMessage } from '../api/client.ts'

/**
 * A modal that asks before doing something: a title, what will happen (and any fields the action needs), the action
 * and Cancel. It opens as it mounts (the native `<dialog>`: focus kept inside, Escape cancels, focus back where it
 * was on closing). `run` does the work; a failure is shown in the dialog and nothing closes, a success closes it.
 * `onClose(done)` tells the owner which, so it can unmount it.
 */
export function ActionDialog(props: {
  title: ReactNode
  children?: ReactNode
  submitLabel: string
  busyLabel?: string
  /** Takes something from readers, or cannot be undone: the button says so in red. */
  grave?: boolean
  /** False while a required answer is missing. */
  ready?: boolean
  run(): Promise<void>
  /** The words for a failure, when the plain message is not the clearest. */
  problemOf?: (error: unknown) => string
  onClose(done: boolean): void
  /** The id of the paragraph inside that says what will happen, read out with the title. */
  describedBy?: string
}) {
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const done = useRef(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      await props.run()
      done.current = true
      ref.current?.close()
    } catch (error) {
      setProblem(props.problemOf ? props.problemOf(error) : errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={ref}
      className="action-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={props.describedBy}
      onClose={() => props.onClose(done.current)}
    >
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-title`}>{props.title}</h2>
        {props.children}
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button
            type="submit"
            className={props.grave ? 'button danger' : 'button primary'}
            disabled={busy || props.ready === false}
          >
            {busy ? (props.busyLabel ?? 'Working…') : props.submitLabel}
          </button>
          <button type="button" className="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
