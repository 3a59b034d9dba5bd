import { useEffect, useRef, useState } from 'react'
import { errorMessage } from '../api/client.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { useNow } from '../ui/use-now.ts'
import { useResource } from '../ui/use-resource.ts'
import { useActionStatus } from './action-status.tsx'
import { ConfirmButton } from './confirm-button.tsx'
import { manageApi, type Source } from './manage-api.ts'
import { OneTimeSecret } from './one-time-secret.tsx'
import { RuleCard } from './rule-card.tsx'
import { RuleForm } from './rule-form.tsx'
import { ScreenHead } from './screen-head.tsx'
import { SourceCard } from './source-card.tsx'
import { SourceCreateForm, SourceEditForm } from './source-form.tsx'
import { pushAddress } from './source-text.ts'

const TITLE = 'Sources and routing'
const LEDE =
  'The agencies and feeds the wire reads, and the rules that send their items to desks, in the order they are tried.'

type Open = 'new-source' | 'new-rule' | `source-${number}`

/**
 * Wire sources with how they deliver and how they are doing, and the routing rules. Administrators add, change and
 * remove sources (a new source's push token is shown once) and add and remove rules; editors and chiefs look.
 */
export function SourcesScreen() {
  const { user } = useNewsroom()
  const admin = user.role === 'admin'
  const now = useNow()
  const data = useResource(() => Promise.all([manageApi.sources(), manageApi.rules(), manageApi.desks()]), [])
  const [open, setOpen] = useState<Open | null>(null)
  const [token, setToken] = useState<{ source: Source; token: string } | null>(null)
  const status = useActionStatus()
  const openers = useRef(new Map<Open, HTMLButtonElement>())
  const focusAfter = useRef<Open | null>(null)

  useEffect(() => {
    if (focusAfter.current === null) return
    openers.current.get(focusAfter.current)?.focus()
    focusAfter.current = null
  })

  if (!data.data) {
    return (
      <>
        <ScreenHead title={TITLE} lede={LEDE} readOnly={!admin} />
        {data.error ? (
          <LoadError error={data.error} onRetry={data.reload} />
        ) : (
          <Loading label="Loading sources" />
        )}
      </>
    )
  }
  const [{ items: sources }, { items: rules }, { items: desks }] = data.data
  const ordered = [...rules].sort((a, b) => a.position - b.position || a.id - b.id)

  const close = (o: Open) => {
    focusAfter.current = o
    setOpen(null)
  }
  const opener = (o: Open, label: string, describedBy?: string, primary = false) => (
    <button
      ref={(el) => {
        if (el) openers.current.set(o, el)
        else openers.current.delete(o)
      }}
      className={primary ? 'button primary small' : 'button small'}
      type="button"
      aria-expanded={open === o}
      aria-describedby={describedBy}
      onClick={() => (open === o ? close(o) : setOpen(o))}
    >
      {label}
    </button>
  )
  /** Deleting removes the row and its buttons: the message that says so takes the focus. */
  const remove = async (what: string, call: () => Promise<void>, done: string) => {
    try {
      await call()
      status.say(done, { focus: true })
    } catch (error) {
      status.say(`${what}: ${errorMessage(error)}`, { error: true, focus: true })
    }
    data.reload()
  }

  return (
    <>
      <ScreenHead title={TITLE} lede={LEDE} readOnly={!admin} />
      {status.line}
      <section className="manage-section" aria-labelledby="sources-title">
        <div className="section-head">
          <h2 id="sources-title">Sources</h2>
          {admin && opener('new-source', 'Add a source', undefined, true)}
        </div>
        {open === 'new-source' && (
          <SourceCreateForm
            desks={desks}
            onCreated={(source, made) => {
              setOpen(null)
              setToken({ source, token: made })
              data.reload()
            }}
            onCancel={() => close('new-source')}
          />
        )}
        {token && (
          <OneTimeSecret
            title={`${token.source.name} is added`}
            label="Push token"
            secret={token.token}
            onDone={() => {
              focusAfter.current = 'new-source'
              setToken(null)
            }}
          >
            <p>
              Give the token to the agency if it pushes documents: it sends each one to{' '}
              <code className="break">{pushAddress(token.source.name)}</code> with the header{' '}
              <code>Authorization: Bearer</code> and the token.
            </p>
          </OneTimeSecret>
        )}
        {sources.length === 0 ? (
          <p className="empty">No sources yet. Documents can still be read in with the command line.</p>
        ) : (
          <ul className="card-list" aria-busy={data.loading}>
            {sources.map((source) => {
              const key: Open = `source-${source.id}`
              return (
                <SourceCard key={source.id} source={source} desks={desks} now={now}>
                  {admin && (
                    <div className="row-actions">
                      {opener(key, 'Edit', `source-${source.id}-name`)}
                      <ConfirmButton
                        label="Delete"
                        describedBy={`source-${source.id}-name`}
                        question={`Delete the source ${source.name}? Its items stay on the wire, but nothing more arrives from it and its token stops working.`}
                        confirmLabel={`Delete ${source.name}`}
                        className="button small danger-quiet"
                        onConfirm={() =>
                          remove(
                            `Could not delete ${source.name}`,
                            () => manageApi.deleteSource(source.id),
                            `The source ${source.name} is deleted.`,
                          )
                        }
                      />
                    </div>
                  )}
                  {open === key && (
                    <SourceEditForm
                      source={source}
                      desks={desks}
                      onSaved={(saved) => {
                        status.say(`Saved ${saved.name}.`)
                        data.reload()
                        close(key)
                      }}
                      onCancel={() => close(key)}
                    />
                  )}
                </SourceCard>
              )
            })}
          </ul>
        )}
      </section>

      <section className="manage-section" aria-labelledby="rules-title">
        <div className="section-head">
          <h2 id="rules-title">Routing rules</h2>
          {admin && opener('new-rule', 'Add a rule', undefined, true)}
        </div>
        <p className="section-note">
          An item goes by the first rule that takes it: its source’s own rules first, then those for every
          source. An item no rule takes goes to its source’s desk.
        </p>
        {open === 'new-rule' && (
          <RuleForm
            sources={sources}
            desks={desks}
            onCreated={(rule) => {
              status.say(`The rule ${rule.name} is added.`)
              data.reload()
              close('new-rule')
            }}
            onCancel={() => close('new-rule')}
          />
        )}
        {ordered.length === 0 ? (
          <p className="empty">No routing rules: items go to their source’s desk.</p>
        ) : (
          <ol className="card-list" aria-busy={data.loading}>
            {ordered.map((rule) => (
              <RuleCard key={rule.id} rule={rule} sources={sources} desks={desks}>
                {admin && (
                  <div className="row-actions">
                    <ConfirmButton
                      label="Delete"
                      describedBy={`rule-${rule.id}-name`}
                      question={`Delete the rule ${rule.name}? Items it would take go by the next rule that matches.`}
                      confirmLabel={`Delete ${rule.name}`}
                      className="button small danger-quiet"
                      onConfirm={() =>
                        remove(
                          `Could not delete ${rule.name}`,
                          () => manageApi.deleteRule(rule.id),
                          `The rule ${rule.name} is deleted.`,
                        )
                      }
                    />
                  </div>
                )}
              </RuleCard>
            ))}
          </ol>
        )}
      </section>
    </>
  )
}
