import type { Desk } from '../api/types.ts'

/** The desks a person works on, as a row of checkboxes in a fieldset (an account may have none, or several). */
export function DeskChoices(props: {
  idPrefix: string
  desks: readonly Desk[]
  value: readonly number[]
  onChange: (deskIds: number[]) => void
  error?: string | undefined
  hint?: string
}) {
  const errorId = `${props.idPrefix}-desks-error`
  const hintId = `${props.idPrefix}-desks-hint`
  const describedBy = [props.error ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(' ')
  const toggle = (id: number, on: boolean) =>
    props.onChange(on ? [...props.value, id] : props.value.filter((d) => d !== id))
  return (
    <fieldset className="field choices wide" aria-describedby={describedBy || undefined}>
      <legend>Desks</legend>
      {props.desks.length === 0 ? (
        <p className="hint">There are no desks yet.</p>
      ) : (
        <ul className="choice-list">
          {props.desks.map((desk) => (
            <li key={desk.id}>
              <input
                id={`${props.idPrefix}-desk-${desk.id}`}
                type="checkbox"
                checked={props.value.includes(desk.id)}
                onChange={(e) => toggle(desk.id, e.target.checked)}
              />
              <label htmlFor={`${props.idPrefix}-desk-${desk.id}`}>{desk.name}</label>
            </li>
          ))}
        </ul>
      )}
      {props.error && (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      )}
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
    </fieldset>
  )
}
