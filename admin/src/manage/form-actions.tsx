/** A manage form's buttons: save (saying so while it runs) and cancel. */
export function FormActions(props: {
  busy: boolean
  label: string
  busyLabel: string
  onCancel: () => void
}) {
  return (
    <div className="form-actions">
      <button className="button primary" type="submit" disabled={props.busy}>
        {props.busy ? props.busyLabel : props.label}
      </button>
      <button className="button quiet" type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  )
}
