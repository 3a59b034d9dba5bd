import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Desk } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { useResource } from '../ui/use-resource.ts'
import { useActionStatus } from './action-status.tsx'
import { DeskForm, StageForm } from './desk-forms.tsx'
import { manageApi, type ManagedSection } from './manage-api.ts'
import { ScreenHead } from './screen-head.tsx'
import { SectionForm } from './section-form.tsx'

type Open =
  | { what: 'new-desk' }
  | { what: 'desk' | 'stage'; id: number }
  | { what: 'new-section' }
  | { what: 'section'; id: number }

const TITLE = 'Desks and sections'
const LEDE =
  'Desks are the teams that own stories, each with the stages of its board. Sections are the parts of the site readers browse.'

/**
 * The desks with their stages in board order and default section, and the site's sections in navigation order.
 * Administrators add and rename desks, add stages, add and rename sections; others see them read-only.
 */
export function DesksScreen() {
  const { user } = useNewsroom()
  const admin = user.role === 'admin'
  const data = useResource(() => Promise.all([manageApi.desks(), manageApi.sections()]), [])
  const [open, setOpen] = useState<Open | null>(null)
  const status = useActionStatus()
  const openers = useRef(new Map<string, HTMLButtonElement>())
  const focusAfter = useRef<string | null>(null)

  // A closed form gives the focus back to the button that opened it.
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
          <Loading label="Loading desks" />
        )}
      </>
    )
  }
  const [{ items: desks }, { items: sections }] = data.data
  const sorted = [...sections].sort((a, b) => a.position - b.position || a.id - b.id)
  const sectionName = (id: number | null) => sections.find((s) => s.id === id)?.name

  const key = (o: Open) => ('id' in o ? `${o.what}-${o.id}` : o.what)
  const isOpen = (o: Open) => open !== null && key(open) === key(o)
  const close = (o: Open) => {
    focusAfter.current = key(o)
    setOpen(null)
  }
  const done = (o: Open, text: string) => {
    status.say(text)
    data.reload()
    close(o)
  }
  /** A button that opens one of the forms; it stays in place, so the focus can come back to it. */
  const opener = (o: Open, label: string, describedBy?: string, primary = false) => (
    <button
      ref={(el) => {
        if (el) openers.current.set(key(o), el)
        else openers.current.delete(key(o))
      }}
      className={primary ? 'button primary small' : 'button small'}
      type="button"
      aria-expanded={isOpen(o)}
      aria-describedby={describedBy}
      onClick={() => (isOpen(o) ? close(o) : setOpen(o))}
    >
      {label}
    </button>
  )

  return (
    <>
      <ScreenHead title={TITLE} lede={LEDE} readOnly={!admin} />
      {status.line}
      <section className="manage-section" aria-labelledby="desks-title">
        <div className="section-head">
          <h2 id="desks-title">Desks</h2>
          {admin && opener({ what: 'new-desk' }, 'Add a desk', undefined, true)}
        </div>
        {isOpen({ what: 'new-desk' }) && (
          <DeskForm
            sections={sorted}
            onSaved={(desk) => done({ what: 'new-desk' }, `${desk.name} is added.`)}
            onCancel={() => close({ what: 'new-desk' })}
          />
        )}
        {desks.length === 0 ? (
          <p className="empty">No desks yet.</p>
        ) : (
          <ul className="desk-list" aria-busy={data.loading}>
            {desks.map((desk) => (
              <DeskItem key={desk.id} desk={desk} sectionName={sectionName(desk.defaultSectionId)}>
                {admin && (
                  <div className="row-actions">
                    {opener({ what: 'desk', id: desk.id }, 'Edit', `desk-${desk.id}-name`)}
                    {opener({ what: 'stage', id: desk.id }, 'Add a stage', `desk-${desk.id}-name`)}
                  </div>
                )}
                {isOpen({ what: 'desk', id: desk.id }) && (
                  <DeskForm
                    desk={desk}
                    sections={sorted}
                    onSaved={(saved) => done({ what: 'desk', id: desk.id }, `Saved ${saved.name}.`)}
                    onCancel={() => close({ what: 'desk', id: desk.id })}
                  />
                )}
                {isOpen({ what: 'stage', id: desk.id }) && (
                  <StageForm
                    desk={desk}
                    onSaved={(name) =>
                      done({ what: 'stage', id: desk.id }, `${name} is added to ${desk.name}’s board.`)
                    }
                    onCancel={() => close({ what: 'stage', id: desk.id })}
                  />
                )}
              </DeskItem>
            ))}
          </ul>
        )}
      </section>

      <section className="manage-section" aria-labelledby="sections-title">
        <div className="section-head">
          <h2 id="sections-title">Sections</h2>
          {admin && opener({ what: 'new-section' }, 'Add a section', undefined, true)}
        </div>
        {isOpen({ what: 'new-section' }) && (
          <SectionForm
            onSaved={(s) => done({ what: 'new-section' }, `${s.name} is added at /${s.slug}.`)}
            onCancel={() => close({ what: 'new-section' })}
          />
        )}
        <SectionsTable
          sections={sorted}
          admin={admin}
          loading={data.loading}
          actions={(s) => opener({ what: 'section', id: s.id }, 'Edit', `section-${s.id}-name`)}
          form={(s) =>
            isOpen({ what: 'section', id: s.id }) && (
              <SectionForm
                section={s}
                onSaved={(saved) => done({ what: 'section', id: s.id }, `Saved ${saved.name}.`)}
                onCancel={() => close({ what: 'section', id: s.id })}
              />
            )
          }
        />
      </section>
    </>
  )
}

/** One desk: its name, its default section, its stages in board order. */
function DeskItem(props: { desk: Desk; sectionName: string | undefined; children: ReactNode }) {
  const { desk } = props
  const stages = [...desk.stages].sort((a, b) => a.position - b.position || a.id - b.id)
  return (
    <li className="desk-card">
      <div className="desk-card-head">
        <div>
          <h3 id={`desk-${desk.id}-name`}>{desk.name}</h3>
          <p className="desk-meta">
            {props.sectionName ? `Default section: ${props.sectionName}` : 'No default section'}
          </p>
        </div>
      </div>
      {stages.length === 0 ? (
        <p className="desk-meta">No stages yet.</p>
      ) : (
        <ol className="stages" aria-label={`Stages of ${desk.name}, in board order`}>
          {stages.map((s) => (
            <li key={s.id}>{s.name}</li>
          ))}
        </ol>
      )}
      {props.children}
    </li>
  )
}

/** The sections in the order of the site's navigation, with their addresses. */
function SectionsTable(props: {
  sections: readonly ManagedSection[]
  admin: boolean
  loading: boolean
  actions: (s: ManagedSection) => ReactNode
  form: (s: ManagedSection) => ReactNode
}) {
  if (props.sections.length === 0) return <p className="empty">No sections yet.</p>
  const columns = props.admin ? 3 : 2
  return (
    <table className="manage-table" aria-busy={props.loading}>
      <caption className="visually-hidden">Sections, in navigation order</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Address</th>
          {props.admin && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {props.sections.map((s) => {
          const form = props.form(s)
          return [
            <tr key={s.id}>
              <th scope="row">
                <span className="cell-main" id={`section-${s.id}-name`}>
                  {s.name}
                </span>
              </th>
              <td>
                <code>/{s.slug}</code>
              </td>
              {props.admin && <td className="cell-actions">{props.actions(s)}</td>}
            </tr>,
            form && (
              <tr key={`${s.id}-edit`} className="edit-row">
                <td colSpan={columns}>{form}</td>
              </tr>
            ),
          ]
        })}
      </tbody>
    </table>
  )
}
