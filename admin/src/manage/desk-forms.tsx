import { useState, type FormEvent } from 'react'
import type { Desk } from '../api/types.ts'
import { Field } from '../ui/field.tsx'
import { ProblemMessage } from './problem-message.tsx'
import { formProblem, type FormProblem } from './form-problem.ts'
import { manageApi, type ManagedSection } from './manage-api.ts'
import { useFormSave } from './use-form-save.ts'
import { FormActions } from './form-actions.tsx'

/** A clash of names is the API's 409; the form shows it by the name field, where it is put right. */
const deskProblem = (error: unknown): FormProblem =>
  formProblem(error, ['name', 'defaultSectionId'], undefined, {
    desk_exists: ['name'],
    stage_exists: ['name'],
  })

function SectionSelect(props: {
  id: string
  sections: readonly ManagedSection[]
  value: number | null
  onChange: (id: number | null) => void
  error?: string | undefined
}) {
  return (
    <Field
      id={props.id}
      label="Default section"
      hint="Where the desk’s stories go on the site unless an editor chooses another."
      error={props.error}
    >
      {(c) => (
        <select
          {...c}
          value={props.value ?? ''}
          onChange={(e) => props.onChange(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">None</option>
          {props.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/** A new desk, or a desk's new name and default section. A new desk starts with Incoming, Working and Ready. */
export function DeskForm(props: {
  desk?: Desk
  sections: readonly ManagedSection[]
  onSaved: (desk: Desk) => void
  onCancel: () => void
}) {
  const { desk } = props
  const [name, setName] = useState(desk?.name ?? '')
  const [sectionId, setSectionId] = useState<number | null>(desk?.defaultSectionId ?? null)
  const { busy, problem, save } = useFormSave((error) => deskProblem(error))
  const prefix = desk ? `desk-${desk.id}` : 'new-desk'

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    await save(async () => {
      if (!desk) {
        props.onSaved(await manageApi.createDesk({ name, defaultSectionId: sectionId }))
        return
      }
      const patch = {
        ...(name !== desk.name ? { name } : {}),
        ...(sectionId !== desk.defaultSectionId ? { defaultSectionId: sectionId } : {}),
      }
      props.onSaved(Object.keys(patch).length ? await manageApi.changeDesk(desk.id, patch) : desk)
    })
  }

  return (
    <form
      className={desk ? 'edit-form' : 'panel form-panel'}
      aria-labelledby={desk ? undefined : 'new-desk-title'}
      aria-label={desk ? `Edit ${desk.name}` : undefined}
      onSubmit={submit}
      noValidate
    >
      {!desk && (
        <h3 id="new-desk-title" className="panel-title">
          Add a desk
        </h3>
      )}
      <ProblemMessage problem={problem} />
      <div className="form-grid">
        <Field
          id={`${prefix}-name`}
          label="Name"
          hint={
            desk ? 'Readers see it over bylines.' : 'It starts with the stages Incoming, Working and Ready.'
          }
          error={problem?.fields.name}
        >
          {(c) => (
            <input
              {...c}
              autoFocus
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <SectionSelect
          id={`${prefix}-section`}
          sections={props.sections}
          value={sectionId}
          onChange={setSectionId}
          error={problem?.fields.defaultSectionId}
        />
      </div>
      <FormActions
        busy={busy}
        busyLabel="Saving…"
        label={desk ? 'Save desk' : 'Add desk'}
        onCancel={props.onCancel}
      />
    </form>
  )
}

/** A new column at the end of a desk's board. */
export function StageForm(props: { desk: Desk; onSaved: (name: string) => void; onCancel: () => void }) {
  const [name, setName] = useState('')
  const { busy, problem, save } = useFormSave((error) => deskProblem(error))
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    await save(async () => {
      const stage = await manageApi.addStage(props.desk.id, name)
      props.onSaved(stage.name)
    })
  }
  return (
    <form className="edit-form" aria-label={`Add a stage to ${props.desk.name}`} onSubmit={submit} noValidate>
      <ProblemMessage problem={problem} />
      <div className="inline-form">
        <Field
          id={`desk-${props.desk.id}-stage`}
          label="New stage"
          hint="It goes last on the board."
          error={problem?.fields.name}
        >
          {(c) => (
            <input
              {...c}
              autoFocus
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <button className="button primary" type="submit" disabled={busy}>
          {busy ? 'Adding…' : 'Add stage'}
        </button>
        <button className="button quiet" type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
