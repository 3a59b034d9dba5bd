import { useState, type FormEvent } from 'react'
import type { Desk, Role } from '../api/types.ts'
import { DeskChoices } from './desk-choices.tsx'
import { Field } from '../ui/field.tsx'
import { ProblemMessage } from './problem-message.tsx'
import { formProblem } from './form-problem.ts'
import { manageApi, type Account, type AccountPatch } from './manage-api.ts'
import { ROLE_HINT, ROLE_LABELS, ROLES } from './roles.ts'
import { useFormSave } from './use-form-save.ts'
import { FormActions } from './form-actions.tsx'

const FIELDS = ['name', 'role', 'deskIds']

/** An account's name, role and desks (the email is its sign-in and stays). Only what changed is sent. */
export function UserEditForm(props: {
  account: Account
  desks: readonly Desk[]
  /** One's own account: the API refuses to let an administrator give up their own role. */
  self: boolean
  onSaved: (account: Account) => void
  onCancel: () => void
}) {
  const { account } = props
  const [name, setName] = useState(account.name)
  const [role, setRole] = useState<Role>(account.role)
  const [deskIds, setDeskIds] = useState<number[]>(account.deskIds)
  const { busy, problem, save } = useFormSave((error) => formProblem(error, FIELDS))
  const prefix = `user-${account.id}`

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const patch: AccountPatch = {}
    if (name !== account.name) patch.name = name
    if (role !== account.role) patch.role = role
    const sorted = (ids: readonly number[]) => [...ids].sort((a, b) => a - b).join(',')
    if (sorted(deskIds) !== sorted(account.deskIds)) patch.deskIds = deskIds
    if (Object.keys(patch).length === 0) return props.onCancel()
    await save(async () => {
      props.onSaved(await manageApi.changeAccount(account.id, patch))
    })
  }

  return (
    <form className="edit-form" aria-label={`Edit ${account.name}`} onSubmit={submit} noValidate>
      <ProblemMessage problem={problem} />
      <div className="form-grid">
        <Field id={`${prefix}-name`} label="Name" error={problem?.fields.name}>
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
        <Field
          id={`${prefix}-role`}
          label="Role"
          hint={props.self ? 'Another administrator must change your own role.' : ROLE_HINT}
          error={problem?.fields.role}
        >
          {(c) => (
            <select
              {...c}
              value={role}
              disabled={props.self}
              onChange={(e) => setRole(e.target.value as Role)}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DeskChoices
          idPrefix={prefix}
          desks={props.desks}
          value={deskIds}
          onChange={setDeskIds}
          error={problem?.fields.deskIds}
        />
      </div>
      <FormActions busy={busy} busyLabel="Saving…" label="Save changes" onCancel={props.onCancel} />
    </form>
  )
}
