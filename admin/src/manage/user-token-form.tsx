import { useState, type FormEvent } from 'react'
import { Field } from '../ui/field.tsx'
import { ProblemMessage } from './problem-message.tsx'
import { formProblem, type FormProblem } from './form-problem.ts'
import { manageApi, type Account } from './manage-api.ts'
import { OneTimeSecret } from './one-time-secret.tsx'

/**
 * An API token for an integration acting as this account (with its role and desks). The token is shown once;
 * afterwards only its use shows that it exists.
 */
export function UserTokenForm({ account }: { account: Account }) {
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<FormProblem | null>(null)
  const [token, setToken] = useState<{ name: string; token: string } | null>(null)
  const id = `user-${account.id}-token`

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const made = await manageApi.createToken(account.id, name.trim() || 'integration')
      setToken({ name: made.name, token: made.token })
      setName('')
    } catch (error) {
      setProblem(formProblem(error, ['name']))
    } finally {
      setBusy(false)
    }
  }

  if (token) {
    return (
      <OneTimeSecret
        title={`Token “${token.name}” made`}
        label="Token"
        secret={token.token}
        onDone={() => setToken(null)}
      >
        <p>
          An integration sends it as <code>Authorization: Bearer …</code> and acts as {account.name}, with
          their role and desks. Deactivating the account ends it.
        </p>
      </OneTimeSecret>
    )
  }
  return (
    <form className="token-form" aria-label={`API token for ${account.name}`} onSubmit={submit} noValidate>
      <ProblemMessage problem={problem} />
      <div className="inline-form">
        <Field
          id={id}
          label="New API token"
          hint="For an integration acting as this account. Name it for what will use it."
          error={problem?.fields.name}
        >
          {(c) => (
            <input
              {...c}
              autoComplete="off"
              placeholder="e.g. syndication feed"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Making…' : 'Make token'}
        </button>
      </div>
    </form>
  )
}
