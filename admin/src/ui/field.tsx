import type { ReactNode } from 'react'

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

/**
 * One labelled field: the label, the control (given the ids to wire itself to), a hint, and the API's message for
 * this field, read out with it and marked invalid.
 */
export function Field(props: {
  id: string
  label: string
  hint?: ReactNode
  error?: string | undefined
  className?: string
  children: (control: ControlProps) => ReactNode
}) {
  const hintId = props.hint ? `${props.id}-hint` : null
  const errorId = props.error ? `${props.id}-error` : null
  const describedBy = [errorId, hintId].filter(Boolean).join(' ')
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children({
        id: props.id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(props.error ? { 'aria-invalid': true as const } : {}),
      })}
      {props.error && (
        <p className="field-error" id={errorId!}>
          {props.error}
        </p>
      )}
      {props.hint && (
        <p className="hint" id={hintId!}>
          {props.hint}
        </p>
      )}
    </div>
  )
}
