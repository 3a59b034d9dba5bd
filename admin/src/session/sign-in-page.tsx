import { useState, type FormEvent } from 'react'
import { errorMessage } from '../api/client.ts'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { User } from '../api/types.ts'
import { SessionLayout } from './session-layout.tsx'

/** Email and password; the API sets an HttpOnly session cookie the app never sees. */
export function SignInPage({ notice, onSignedIn }: { notice?: string; onSignedIn: (user: User) => void }) {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const { user } = await newsroomApi.signIn(email.trim(), password)
      onSignedIn(user)
    } catch (e) {
      setError(errorMessage(e))
      setPassword('')
      setBusy(false)
    }
  }

  return (
    <SessionLayout title="Sign in to the newsroom">
      {notice && !error && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" id="sign-in-error">
          {error}
        </p>
      )}
      <form className="stack" onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined}>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button className="button primary wide" type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </SessionLayout>
  )
}
