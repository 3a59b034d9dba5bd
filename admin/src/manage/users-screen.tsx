import { useEffect, useRef, useState } from 'react'
import { errorMessage } from '../api/client.ts'
import type { Desk } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { useResource } from '../ui/use-resource.ts'
import { useActionStatus } from './action-status.tsx'
import { ConfirmButton } from './confirm-button.tsx'
import { manageApi, type Account } from './manage-api.ts'
import { OneTimeSecret } from './one-time-secret.tsx'
import { ROLE_LABELS } from './roles.ts'
import { ScreenHead } from './screen-head.tsx'
import { UserCreateForm } from './user-create-form.tsx'
import { UserEditForm } from './user-edit-form.tsx'
import { UserTokenForm } from './user-token-form.tsx'

/** Where an account stands: deactivated, waiting for its first sign-in (one-time password), or in use. */
function AccountStatus({ account }: { account: Account }) {
  if (account.disabled) return <span className="badge is-off">Deactivated</span>
  if (account.mustChangePassword) return <span className="badge is-waiting">Awaiting first sign-in</span>
  return <span className="badge is-on">Active</span>
}

function deskNames(account: Account, desks: readonly Desk[]): string {
  if (account.role === 'chief' || account.role === 'admin') return 'Every desk'
  const names = account.deskIds.map((id) => desks.find((d) => d.id === id)?.name ?? `Desk ${id}`)
  return names.length ? names.join(', ') : 'None'
}

/**
 * Every account: who, their role and desks, whether they can sign in. An administrator adds people (the one-time
 * password is shown once), changes names, roles and desks, deactivates and reactivates, and makes API tokens.
 */
export function UsersScreen() {
  const { user: me } = useNewsroom()
  const data = useResource(() => Promise.all([manageApi.accounts(), manageApi.desks()]), [])
  const [adding, setAdding] = useState(false)
  const [created, setCreated] = useState<{ account: Account; password: string } | null>(null)
  const [editing, setEditing] = useState<number | null>(null)
  const status = useActionStatus()
  const editButtons = useRef(new Map<number, HTMLButtonElement>())
  const addButton = useRef<HTMLButtonElement>(null)
  const focusAfter = useRef<number | 'add' | null>(null)

  // After a form closes, the focus goes back to the button that opened it.
  useEffect(() => {
    const target = focusAfter.current
    if (target === null) return
    focusAfter.current = null
    ;(target === 'add' ? addButton.current : editButtons.current.get(target))?.focus()
  })

  if (!data.data) {
    return (
      <>
        <ScreenHead title="Users" lede="Everyone who can sign in to the newsroom, and what they may do." />
        {data.error ? (
          <LoadError error={data.error} onRetry={data.reload} />
        ) : (
          <Loading label="Loading users" />
        )}
      </>
    )
  }
  const [{ items: accounts }, { items: desks }] = data.data

  const closeEdit = (id: number) => {
    focusAfter.current = id
    setEditing(null)
  }
  const setDisabled = async (account: Account, disabled: boolean) => {
    try {
      await manageApi.changeAccount(account.id, { disabled })
      status.say(
        disabled
          ? `${account.name} is deactivated: signed out everywhere, their API tokens no longer work.`
          : `${account.name} can sign in again.`,
        { focus: true },
      )
    } catch (error) {
      status.say(errorMessage(error), { error: true, focus: true })
    }
    data.reload()
  }

  return (
    <>
      <ScreenHead
        title="Users"
        lede="Everyone who can sign in to the newsroom, and what they may do."
        actions={
          !adding && (
            <button
              ref={addButton}
              className="button primary"
              type="button"
              onClick={() => {
                setCreated(null)
                setAdding(true)
              }}
            >
              Add a user
            </button>
          )
        }
      />
      {adding && (
        <UserCreateForm
          desks={desks}
          onCreated={(account, password) => {
            setAdding(false)
            data.reload()
            if (password) setCreated({ account, password })
            else status.say(`${account.name} is added.`, { focus: true })
          }}
          onCancel={() => {
            focusAfter.current = 'add'
            setAdding(false)
          }}
        />
      )}
      {created && (
        <OneTimeSecret
          title={`${created.account.name} is added`}
          label="One-time password"
          secret={created.password}
          onDone={() => {
            focusAfter.current = 'add'
            setCreated(null)
          }}
        >
          <p>
            Give this password to {created.account.name} yourself. They sign in with{' '}
            <strong>{created.account.email}</strong> and choose their own password straight away.
          </p>
        </OneTimeSecret>
      )}
      {status.line}
      <table className="manage-table users-table" aria-busy={data.loading}>
        <caption className="visually-hidden">Users</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Desks</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => {
            const open = editing === account.id
            const self = account.id === me.id
            return [
              <tr key={account.id} className={account.disabled ? 'is-off' : undefined}>
                <th scope="row">
                  <span className="cell-main" id={`user-${account.id}-name`}>
                    {account.name}
                    {self && <span className="you"> (you)</span>}
                  </span>
                  <span className="cell-sub">{account.email}</span>
                </th>
                <td>{ROLE_LABELS[account.role]}</td>
                <td>{deskNames(account, desks)}</td>
                <td>
                  <AccountStatus account={account} />
                </td>
                <td className="cell-actions">
                  <button
                    ref={(el) => {
                      if (el) editButtons.current.set(account.id, el)
                      else editButtons.current.delete(account.id)
                    }}
                    className="button small"
                    type="button"
                    aria-expanded={open}
                    aria-controls={open ? `user-${account.id}-edit` : undefined}
                    aria-describedby={`user-${account.id}-name`}
                    onClick={() => (open ? closeEdit(account.id) : setEditing(account.id))}
                  >
                    {open ? 'Close' : 'Edit'}
                  </button>
                </td>
              </tr>,
              open && (
                <tr key={`${account.id}-edit`} className="edit-row">
                  <td colSpan={5} id={`user-${account.id}-edit`}>
                    <UserEditForm
                      account={account}
                      desks={desks}
                      self={self}
                      onSaved={(saved) => {
                        status.say(`Saved ${saved.name}.`)
                        data.reload()
                        closeEdit(account.id)
                      }}
                      onCancel={() => closeEdit(account.id)}
                    />
                    <div className="edit-more">
                      {!account.disabled && <UserTokenForm account={account} />}
                      {!self && (
                        <div className="access">
                          {account.disabled ? (
                            <button
                              className="button small"
                              type="button"
                              onClick={() => setDisabled(account, false)}
                            >
                              Reactivate {account.name}
                            </button>
                          ) : (
                            <ConfirmButton
                              label={`Deactivate ${account.name}`}
                              question={`Deactivate ${account.name}? They are signed out at once and their API tokens stop working. You can reactivate them later.`}
                              confirmLabel="Deactivate"
                              className="button small danger-quiet"
                              onConfirm={() => setDisabled(account, true)}
                            />
                          )}
                        </div>
                      )}
                    </div>
                  </td>
                </tr>
              ),
            ]
          })}
        </tbody>
      </table>
    </>
  )
}
