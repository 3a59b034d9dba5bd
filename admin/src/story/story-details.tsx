import { useEffect, useId, useState } from 'react'
import { seesAllDesks } from '../../../src/core/roles.ts'
import { mediaTopicLabel, mediaTopicLabels } from '../../../src/core/media-topics.ts'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { Contributor, StaffMember, StoryDetails } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { Field } from '../ui/field.tsx'
import { useResource } from '../ui/use-resource.ts'
import { listOfWords } from '../ui/words.ts'
import { ZonedTimeInput } from '../ui/zoned-time-input.tsx'
import { LeadImageField } from './lead-image-field.tsx'
import type { Workspace } from './workspace.ts'

const SOURCE_KINDS = [
  ['wire', 'Wire agency'],
  ['staff', 'Own staff'],
  ['partner', 'Partner'],
  ['syndication', 'Syndication'],
  ['press-release', 'Press release'],
  ['other', 'Other'],
] as const

const CONTRIBUTOR_KINDS = [
  ['staff', 'Staff'],
  ['guest', 'Guest'],
  ['agency', 'Agency'],
] as const

/** The first message the last refused save gave for `path` or anything below it. */
function errorAt(errors: Record<string, string>, path: string): string | undefined {
  const key = Object.keys(errors).find((k) => k === path || k.startsWith(`${path}.`))
  return key ? errors[key] : undefined
}

/**
 * A list edited as text or rows keeps what is half typed (an empty row, a trailing comma) on screen, and hands the
 * story only what is complete. When the story's value changes from elsewhere (a reload), the draft starts again from it.
 */
function useDraft<T, D>(value: T, toDraft: (v: T) => D, fromDraft: (d: D) => T): [D, (d: D) => T] {
  const [draft, setDraft] = useState(() => toDraft(value))
  const valueKey = JSON.stringify(value)
  useEffect(() => {
    setDraft((d) => (JSON.stringify(fromDraft(d)) === valueKey ? d : toDraft(value)))
    // valueKey stands for value.
  }, [valueKey])
  return [
    draft,
    (d: D) => {
      setDraft(d)
      return fromDraft(d)
    },
  ]
}

const completeNames = (rows: Contributor[]): Contributor[] =>
  rows
    .filter((r) => r.name.trim() !== '')
    .map((r) => {
      const { role, ...rest } = r
      return role?.trim() ? { ...rest, role } : rest
    })

/** A staff name links to its account (the byline's author page), matched by name; other kinds carry none. */
function withAccount(row: Contributor, staff: StaffMember[]): Contributor {
  const { userId: _u, ...rest } = row
  const match =
    row.kind === 'staff' && staff.find((s) => s.name.toLowerCase() === row.name.trim().toLowerCase())
  return match ? { ...rest, userId: match.id } : rest
}

function Byline({ ws, staff }: { ws: Workspace; staff: StaffMember[] }) {
  const [rows, setRows] = useDraft(ws.details.contributors, (c) => c, completeNames)
  const listId = useId()
  const change = (next: Contributor[]) => ws.setDetails({ contributors: setRows(next) })
  const update = (i: number, patch: Partial<Contributor>) =>
    change(rows.map((r, k) => (k === i ? withAccount({ ...r, ...patch }, staff) : r)))
  const error = errorAt(ws.fieldErrors, 'contributors')
  return (
    <fieldset className="detail-group" disabled={!ws.editable}>
      <legend>Byline</legend>
      <datalist id={listId}>
        {staff.map((s) => (
          <option key={s.id} value={s.name} />
        ))}
      </datalist>
      {rows.length === 0 && <p className="hint">No byline yet.</p>}
      {rows.map((row, i) => (
        <div className="byline-row" key={i}>
          <select
            className="byline-kind"
            aria-label={`Name ${i + 1}: kind`}
            value={row.kind}
            onChange={(e) => update(i, { kind: e.target.value as Contributor['kind'] })}
          >
            {CONTRIBUTOR_KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <input
            className="byline-name"
            aria-label={`Name ${i + 1}`}
            value={row.name}
            list={row.kind === 'staff' ? listId : undefined}
            placeholder={row.kind === 'agency' ? 'e.g. AFP' : 'Name'}
            onChange={(e) => update(i, { name: e.target.value })}
          />
          <input
            className="byline-title"
            aria-label={`Name ${i + 1}: title`}
            value={row.role ?? ''}
            placeholder="Title, e.g. Staff Correspondent"
            onChange={(e) => update(i, { role: e.target.value })}
          />
          <button
            type="button"
            className="button quiet small"
            aria-label={`Remove ${row.name || `name ${i + 1}`}`}
            onClick={() => change(rows.filter((_, k) => k !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => change([...rows, { kind: 'staff', name: '' }])}
      >
        Add a name
      </button>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  )
}

function Topics({ ws }: { ws: Workspace }) {
  const chosen = new Set(ws.details.topics)
  const deeper = ws.details.topics.filter((t) => !(t in mediaTopicLabels))
  const toggle = (code: string, on: boolean) =>
    ws.setDetails({
      topics: on ? [...ws.details.topics, code] : ws.details.topics.filter((t) => t !== code),
    })
  return (
    <details className="detail-group topics">
      <summary>
        Topics{' '}
        <span className="muted">
          {ws.details.topics.length ? ws.details.topics.map(mediaTopicLabel).join(', ') : 'none'}
        </span>
      </summary>
      <fieldset disabled={!ws.editable}>
        <legend className="visually-hidden">IPTC Media Topics</legend>
        <ul className="topic-list">
          {Object.entries(mediaTopicLabels).map(([code, label]) => (
            <li key={code}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(code)}
                  onChange={(e) => toggle(code, e.target.checked)}
                />
                {label}
              </label>
            </li>
          ))}
          {deeper.map((code) => (
            <li key={code}>
              <label>
                <input type="checkbox" checked onChange={() => toggle(code, false)} />
                {mediaTopicLabel(code)} <span className="muted">(from the wire)</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {errorAt(ws.fieldErrors, 'topics') && (
        <p className="field-error">{errorAt(ws.fieldErrors, 'topics')}</p>
      )}
    </details>
  )
}

/**
 * The story's details, edited beside its text and saved with it: desk and stage, section, byline, source, dateline,
 * topics, tags, lead picture and embargo. Read-only while someone else holds the story.
 */
export function StoryDetailsForm({ ws }: { ws: Workspace }) {
  const { user, desks, sections, settings } = useNewsroom()
  const staff = useResource(() => newsroomApi.staff(), [])
  const d = ws.details
  const set = (patch: Partial<StoryDetails>) => ws.setDetails(patch)
  const err = (path: string) => errorAt(ws.fieldErrors, path)
  const [tagText, setTagText] = useDraft(d.tags, (t) => t.join(', '), listOfWords)
  const desk = desks.find((x) => x.id === d.deskId)
  // A story goes only to desks one works on (chiefs and admins: any); its present desk stays listed.
  const deskChoices = desks.filter(
    (x) =>
      seesAllDesks({ userId: user.id, role: user.role, deskIds: user.deskIds }) ||
      user.deskIds.includes(x.id) ||
      x.id === d.deskId,
  )
  const ro = !ws.editable

  return (
    <div className="details-form">
      <div className="detail-pair">
        <Field className="detail-field" id="detail-desk" label="Desk" error={err('deskId')}>
          {(control) => (
            <select
              value={d.deskId ?? ''}
              disabled={ro}
              {...control}
              onChange={(e) => {
                const deskId = e.target.value ? Number(e.target.value) : null
                const first = desks.find((x) => x.id === deskId)?.stages[0]?.id ?? null
                set({ deskId, stageId: first })
              }}
            >
              {d.deskId === null && <option value="">No desk</option>}
              {deskChoices.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field className="detail-field" id="detail-stage" label="Stage" error={err('stageId')}>
          {(control) => (
            <select
              value={d.stageId ?? ''}
              disabled={ro || !desk}
              {...control}
              onChange={(e) => set({ stageId: e.target.value ? Number(e.target.value) : null })}
            >
              {(d.stageId === null || !desk) && <option value="">None</option>}
              {desk?.stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field className="detail-field" id="detail-section" label="Section" error={err('sectionId')}>
        {(control) => (
          <select
            value={d.sectionId ?? ''}
            disabled={ro}
            {...control}
            onChange={(e) => set({ sectionId: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">No section</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Byline ws={ws} staff={staff.data?.items ?? []} />
      <fieldset className="detail-group" disabled={ro}>
        <legend>Source</legend>
        <div className="detail-pair">
          <Field className="detail-field" id="detail-source-name" label="Name" error={err('source.name')}>
            {(control) => (
              <input
                value={d.source?.name ?? ''}
                placeholder="e.g. CNN"
                {...control}
                onChange={(e) =>
                  set({
                    source: e.target.value.trim()
                      ? { kind: 'wire', ...d.source, name: e.target.value }
                      : null,
                  })
                }
              />
            )}
          </Field>
          <Field className="detail-field" id="detail-source-kind" label="Kind" error={err('source.kind')}>
            {(control) => (
              <select
                value={d.source?.kind ?? 'wire'}
                disabled={!d.source}
                {...control}
                onChange={(e) => d.source && set({ source: { ...d.source, kind: e.target.value } })}
              >
                {SOURCE_KINDS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <p className="hint">Readers see “Source: {d.source?.name || '…'}” under the story.</p>
      </fieldset>
      <fieldset className="detail-group" disabled={ro}>
        <legend>Dateline</legend>
        <div className="detail-pair">
          <Field
            className="detail-field"
            id="detail-dateline-place"
            label="Place"
            error={err('dateline.place')}
          >
            {(control) => (
              <input
                value={d.dateline?.place ?? ''}
                placeholder="e.g. DHAKA"
                {...control}
                onChange={(e) =>
                  set({ dateline: e.target.value.trim() ? { ...d.dateline, place: e.target.value } : null })
                }
              />
            )}
          </Field>
          <Field
            className="detail-field"
            id="detail-dateline-country"
            label="Country"
            error={err('dateline.country')}
          >
            {(control) => (
              <input
                value={d.dateline?.country ?? ''}
                disabled={!d.dateline}
                {...control}
                onChange={(e) => {
                  if (!d.dateline) return
                  const { country: _c, ...rest } = d.dateline
                  set({ dateline: e.target.value ? { ...rest, country: e.target.value } : rest })
                }}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <Topics ws={ws} />
      <Field
        className="detail-field"
        id="detail-tags"
        label="Tags"
        hint="Separated by commas"
        error={err('tags')}
      >
        {(control) => (
          <input
            value={tagText}
            disabled={ro}
            {...control}
            onChange={(e) => set({ tags: setTagText(e.target.value) })}
          />
        )}
      </Field>
      <LeadImageField ws={ws} />
      <Field
        className="detail-field"
        id="detail-embargo"
        label="Embargo until"
        hint={`On the paper's clock (${settings.zoneLabel}). Nobody can publish it before then.`}
        error={err('embargoedUntil')}
      >
        {(control) => (
          <span className="embargo-field">
            <ZonedTimeInput
              id={control.id}
              value={d.embargoedUntil}
              zone={settings.timeZone}
              zoneLabel={settings.zoneLabel}
              disabled={ro}
              describedBy={control['aria-describedby']}
              onChange={(iso) => set({ embargoedUntil: iso })}
            />
            {d.embargoedUntil && !ro && (
              <button
                type="button"
                className="button quiet small"
                onClick={() => set({ embargoedUntil: null })}
              >
                Lift
              </button>
            )}
          </span>
        )}
      </Field>
    </div>
  )
}
