import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

/**
 * A password or token the server shows once: set apart, easy to copy, with a plain warning that it will not be shown
 * again. It takes the focus when it appears, so it is the next thing read; "Done" puts it away for good.
 */
export function OneTimeSecret(props: {
  title: string
  /** What the secret is, for its label: "One-time password", "Token". */
  label: string
  secret: string
  children: ReactNode
  onDone: () => void
}) {
  const ref = useRef<HTMLHeadingElement>(null)
  const titleId = useId()
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null)
  useEffect(() => ref.current?.focus(), [])
  const canCopy = typeof navigator !== 'undefined' && navigator.clipboard !== undefined
  const copy = () =>
    navigator.clipboard.writeText(props.secret).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    )
  return (
    <section className="secret-panel" aria-labelledby={titleId}>
      <h2 id={titleId} ref={ref} tabIndex={-1}>
        {props.title}
      </h2>
      {props.children}
      <p className="secret-line">
        <span className="secret-label">{props.label}</span>
        <code className="secret" data-secret="">
          {props.secret}
        </code>
      </p>
      <p className="secret-warning">It will not be shown again: copy it now.</p>
      <div className="form-actions">
        {canCopy && (
          <button className="button" type="button" onClick={copy}>
            Copy
          </button>
        )}
        <button className="button primary" type="button" onClick={props.onDone}>
          Done
        </button>
        <span className="form-status" role="status">
          {copied === 'yes' ? 'Copied' : copied === 'no' ? 'Could not copy: select it and copy by hand' : ''}
        </span>
      </div>
    </section>
  )
}
