import { useState, type FormEvent } from 'react'
import { ApiError, errorMessage } from '../api/client.ts'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { User } from '../api/types.ts'
import { SessionLayout } from './session-layout.tsx'

const MIN_LENGTH = 10

function describe(error: unknown): string {
  if (error instanceof ApiError && error.code === 'validation_failed' && error.fields.length) {
    const extra = error.fields.filter((f) => f.path !== 'current').map((f) => f.message)
    return extra.length ? `${error.message}: ${extra.join('; ')}` : error.message
  }
  return errorMessage(error)
}

/** An account made with a one-time password must choose its own before anything else (the API insists). */
export function ChangePasswordPage(props: {
  user: User
  onChanged: (user: User) => void
  onSignOut: () => void
}) {
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [again, setAgain] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (next !== again) return setError('The new passwords do not match')
    if (next.length < MIN_LENGTH)
      return setError(`The new password must be at least ${MIN_LENGTH} characters`)
    setBusy(true)
    setError(null)
    try {
      const { user } = await newsroomApi.changePassword(current, next)
      props.onChanged(user)
    } catch (e) {
      setError(describe(e))
      setBusy(false)
    }
  }

  return (
    <SessionLayout title="Choose your password">
      <p className="lede">
        {props.user.name}, you signed in with a one-time password. Choose your own to open the newsroom.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <form className="stack" onSubmit={submit}>
        <input type="hidden" name="username" autoComplete="username" value={props.user.email} />
        <div className="field">
          <label htmlFor="current-password">One-time password</label>
          <input
            id="current-password"
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="new-password">New password</label>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_LENGTH}
            aria-describedby="new-password-hint"
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
          <p className="hint" id="new-password-hint">
            At least {MIN_LENGTH} characters. A few unrelated words make a strong one.
          </p>
        </div>
        <div className="field">
          <label htmlFor="again-password">New password again</label>
          <input
            id="again-password"
            type="password"
            autoComplete="new-password"
            required
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        </div>
        <button className="button primary wide" type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save and continue'}
        </button>
        <button className="button link" type="button" onClick={props.onSignOut}>
          Sign out instead
        </button>
      </form>
    </SessionLayout>
  )
}
