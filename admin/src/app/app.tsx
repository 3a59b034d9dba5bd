import { useCallback, useEffect, useState } from 'react'
import { onAuthEvent } from '../api/client.ts'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { User } from '../api/types.ts'
import { ChangePasswordPage } from '../session/change-password-page.tsx'
import { SignInPage } from '../session/sign-in-page.tsx'
import { Loading } from '../ui/status.tsx'
import { focusNextHeading } from './router.tsx'
import { SignedInApp } from './signed-in-app.tsx'

type Session =
  { kind: 'checking' } | { kind: 'signed-out'; notice?: string } | { kind: 'signed-in'; user: User }

/**
 * Who is here decides what shows: the sign-in form, the password change an account with a one-time password must
 * make first, or the newsroom. The address stays as it was, so after signing in one lands where one meant to go.
 */
export function App() {
  const [session, setSession] = useState<Session>({ kind: 'checking' })

  const check = useCallback(() => {
    newsroomApi.session().then(
      ({ user }) => setSession({ kind: 'signed-in', user }),
      () => setSession({ kind: 'signed-out' }),
    )
  }, [])

  useEffect(check, [check])
  useEffect(
    () =>
      onAuthEvent((event) => {
        if (event === 'signed-out')
          setSession({ kind: 'signed-out', notice: 'Your session ended. Sign in again.' })
        else check()
      }),
    [check],
  )

  const signOut = useCallback(async () => {
    await newsroomApi.signOut().catch(() => undefined)
    setSession({ kind: 'signed-out', notice: 'You have signed out.' })
  }, [])

  if (session.kind === 'checking') return <Loading label="Opening the newsroom" />
  if (session.kind === 'signed-out') {
    return (
      <SignInPage
        {...(session.notice ? { notice: session.notice } : {})}
        onSignedIn={(user) => {
          focusNextHeading()
          setSession({ kind: 'signed-in', user })
        }}
      />
    )
  }
  if (session.user.mustChangePassword) {
    return (
      <ChangePasswordPage
        user={session.user}
        onChanged={(user) => {
          focusNextHeading()
          setSession({ kind: 'signed-in', user })
        }}
        onSignOut={signOut}
      />
    )
  }
  return <SignedInApp user={session.user} onSignOut={signOut} />
}
