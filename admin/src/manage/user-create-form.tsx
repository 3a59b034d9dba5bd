import { useState, type FormEvent } from 'react'
import type { Desk, Role } from '../api/types.ts'
import { DeskChoices } from './desk-choices.tsx'
import { Field } from '../ui/field.tsx'
import { ProblemMessage } from './problem-message.tsx'
import { formProblem } from './form-problem.ts'
import { manageApi, type Account } from './manage-api.ts'
import { ROLE_HINT, ROLE_LABELS, ROLES } from './roles.ts'
import { useFormSave } from './use-form-save.ts'
import { FormActions } from './form-actions.tsx'

const FIELDS = ['name', 'email', 'role', 'deskIds']

/**
 * A new account. No password is asked for: the server makes a one-time password, shown once, which the person
 * replaces at their first sign-in.
 */
export function UserCreateForm(props: {
  desks: readonly Desk[]
  onCreated: (user: Account, oneTimePassword: string | undefined) => void
  onCancel: () => void
}) {
  const [name, setName] = useState('')
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<Role>('reporter')
  const [deskIds, setDeskIds] = useState<number[]>([])
  const { busy, problem, save } = useFormSave((error) =>
    formProblem(error, FIELDS, undefined, { email_taken: ['email', 'already has an account'] }),
  )

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    await save(async () => {
      const created = await manageApi.createAccount({ name, email, role, deskIds })
      props.onCreated(created.user, created.oneTimePassword)
    })
  }

  return (
    <form className="panel form-panel" aria-labelledby="new-user-title" onSubmit={submit} noValidate>
      <h2 id="new-user-title" className="panel-title">
        Add a user
      </h2>
      <ProblemMessage problem={problem} />
      <div className="form-grid">
        <Field id="new-user-name" label="Name" error={problem?.fields.name}>
          {(c) => (
            <input
              {...c}
              autoFocus
              autoComplete="off"
              required
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field id="new-user-email" label="Email" error={problem?.fields.email}>
          {(c) => (
            <input
              {...c}
              type="email"
              autoComplete="off"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field id="new-user-role" label="Role" hint={ROLE_HINT} error={problem?.fields.role}>
          {(c) => (
            <select {...c} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DeskChoices
          idPrefix="new-user"
          desks={props.desks}
          value={deskIds}
          onChange={setDeskIds}
          error={problem?.fields.deskIds}
          hint="The desks whose stories they work on. Chief editors and administrators reach every desk anyway."
        />
      </div>
      <FormActions busy={busy} busyLabel="Adding…" label="Add user" onCancel={props.onCancel} />
    </form>
  )
}
