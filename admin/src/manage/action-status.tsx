import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'

export interface ActionStatus {
  /** Says what happened; with `focus`, the message takes the focus (the control that acted has gone). */
  say(text: string, options?: { error?: boolean; focus?: boolean }): void
  clear(): void
  /** The line that says it, read out by screen readers as it changes. */
  line: ReactNode
}

/** One line under a screen's controls that says what the last action did, or why it failed. */
export function useActionStatus(): ActionStatus {
  const [message, setMessage] = useState<{ text: string; error: boolean; focus: boolean; n: number } | null>(
    null,
  )
  const ref = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (message?.focus) ref.current?.focus()
  }, [message])
  const say = useCallback(
    (text: string, options: { error?: boolean; focus?: boolean } = {}) =>
      setMessage((m) => ({
        text,
        error: options.error ?? false,
        focus: options.focus ?? false,
        n: (m?.n ?? 0) + 1,
      })),
    [],
  )
  const clear = useCallback(() => setMessage(null), [])
  const line = (
    <p
      ref={ref}
      tabIndex={-1}
      role="status"
      className={message?.error ? 'action-status is-error' : 'action-status'}
    >
      {message?.text}
    </p>
  )
  return { say, clear, line }
}
