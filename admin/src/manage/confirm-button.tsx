import { useEffect, useRef, useState } from 'react'

/**
 * A button for something that cannot simply be undone (delete, deactivate): pressing it asks first, in place, with
 * the consequence spelled out. The focus goes to "Cancel", the safe choice; cancelling brings it back.
 */
export function ConfirmButton(props: {
  label: string
  /** The question, with what will happen: "Delete the rule Sport? Items will no longer be routed by it." */
  question: string
  confirmLabel: string
  onConfirm: () => Promise<unknown>
  /** The name of what the button acts on, for the accessible name of a short label like "Delete". */
  describedBy?: string
  className?: string
}) {
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (asking) cancelRef.current?.focus()
    else if (returnFocus.current) {
      returnFocus.current = false
      buttonRef.current?.focus()
    }
  }, [asking])

  if (!asking) {
    return (
      <button
        ref={buttonRef}
        className={props.className ?? 'button small'}
        type="button"
        aria-describedby={props.describedBy}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    )
  }
  const confirm = async () => {
    setBusy(true)
    try {
      await props.onConfirm()
    } finally {
      setBusy(false)
      setAsking(false)
    }
  }
  return (
    <div className="confirm" role="group" aria-label={props.question}>
      <p className="confirm-question">{props.question}</p>
      <div className="confirm-actions">
        <button className="button small danger" type="button" disabled={busy} onClick={confirm}>
          {busy ? 'Working…' : props.confirmLabel}
        </button>
        <button
          ref={cancelRef}
          className="button small"
          type="button"
          onClick={() => {
            returnFocus.current = true
            setAsking(false)
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  )
}
