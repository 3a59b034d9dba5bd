import { useState, type FormEvent } from 'react'
import type { Desk } from '../api/types.ts'
import { Field } from '../ui/field.tsx'
import { ProblemMessage } from './problem-message.tsx'
import { formProblem } from './form-problem.ts'
import {
  manageApi,
  sourceFormats,
  type Source,
  type SourceFormat,
  type SourceInput,
  type SourcePatch,
} from './manage-api.ts'
import { FORMAT_LABELS, intervalInput } from './source-text.ts'
import { useFormSave } from './use-form-save.ts'
import { FormActions } from './form-actions.tsx'

const FIELDS = ['name', 'url', 'dir', 'interval', 'format', 'deskId', 'autoPublish', 'enabled']
type Delivery = 'push' | 'url' | 'dir'

function DeskSelect(props: {
  id: string
  desks: readonly Desk[]
  value: number | null
  onChange: (id: number | null) => void
  error?: string | undefined
}) {
  return (
    <Field
      id={props.id}
      label="Desk"
      hint="Where its items wait, unless a routing rule sends them elsewhere."
      error={props.error}
    >
      {(c) => (
        <select
          {...c}
          value={props.value ?? ''}
          onChange={(e) => props.onChange(e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">No desk (the wire only)</option>
          {props.desks.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

function FormatSelect(props: {
  id: string
  value: SourceFormat
  onChange: (f: SourceFormat) => void
  error?: string | undefined
}) {
  return (
    <Field id={props.id} label="Format" error={props.error}>
      {(c) => (
        <select {...c} value={props.value} onChange={(e) => props.onChange(e.target.value as SourceFormat)}>
          {sourceFormats.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

function AutoPublish(props: { id: string; value: boolean; onChange: (on: boolean) => void }) {
  return (
    <div className="field check wide">
      <input
        id={props.id}
        type="checkbox"
        checked={props.value}
        aria-describedby={`${props.id}-hint`}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id}>Publish its items at once</label>
      <p className="hint" id={`${props.id}-hint`}>
        Without an editor, after any embargo. Only for a service you trust completely.
      </p>
    </div>
  )
}

/** A new source: its name, how its documents arrive (pushed, a URL polled, a folder read), format, desk. */
export function SourceCreateForm(props: {
  desks: readonly Desk[]
  onCreated: (source: Source, token: string) => void
  onCancel: () => void
}) {
  const [name, setName] = useState('')
  const [delivery, setDelivery] = useState<Delivery>('push')
  const [url, setUrl] = useState('')
  const [dir, setDir] = useState('')
  const [every, setEvery] = useState('5m')
  const [format, setFormat] = useState<SourceFormat>('auto')
  const [deskId, setDeskId] = useState<number | null>(null)
  const [autoPublish, setAutoPublish] = useState(false)
  const { busy, problem, save } = useFormSave((error) =>
    formProblem(error, FIELDS, undefined, { source_exists: ['name'] }),
  )

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const input: SourceInput = {
      name,
      format,
      deskId,
      autoPublish,
      ...(delivery !== 'push' ? { interval: every.trim() } : {}),
      ...(delivery === 'url' ? { url: url.trim() } : {}),
      ...(delivery === 'dir' ? { dir: dir.trim() } : {}),
    }
    await save(async () => {
      const { source, token } = await manageApi.createSource(input)
      props.onCreated(source, token)
    })
  }

  return (
    <form className="panel form-panel" aria-labelledby="new-source-title" onSubmit={submit} noValidate>
      <h3 id="new-source-title" className="panel-title">
        Add a source
      </h3>
      <ProblemMessage problem={problem} />
      <div className="form-grid">
        <Field
          id="new-source-name"
          label="Name"
          hint="Short and without spaces is easiest: it is part of the push address."
          error={problem?.fields.name}
        >
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
        <fieldset className="field choices">
          <legend>How documents arrive</legend>
          <ul className="choice-list stacked">
            {(
              [
                ['push', 'The agency pushes them'],
                ['url', 'Poll a URL'],
                ['dir', 'Read a folder on the server'],
              ] as const
            ).map(([value, label]) => (
              <li key={value}>
                <input
                  id={`new-source-by-${value}`}
                  type="radio"
                  name="new-source-delivery"
                  checked={delivery === value}
                  onChange={() => setDelivery(value)}
                />
                <label htmlFor={`new-source-by-${value}`}>{label}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        {delivery === 'url' && (
          <Field id="new-source-url" label="URL to poll" error={problem?.fields.url}>
            {(c) => (
              <input
                {...c}
                type="url"
                autoComplete="off"
                placeholder="https://"
                value={url}
                onChange={(e) => setUrl(e.target.value)}
              />
            )}
          </Field>
        )}
        {delivery === 'dir' && (
          <Field id="new-source-dir" label="Folder" error={problem?.fields.dir}>
            {(c) => (
              <input
                {...c}
                autoComplete="off"
                spellCheck={false}
                value={dir}
                onChange={(e) => setDir(e.target.value)}
              />
            )}
          </Field>
        )}
        {delivery !== 'push' && (
          <Field
            id="new-source-interval"
            label="Look every"
            hint="Such as 60s, 5m or 1h; at least 10 seconds."
            error={problem?.fields.interval}
          >
            {(c) => (
              <input {...c} autoComplete="off" value={every} onChange={(e) => setEvery(e.target.value)} />
            )}
          </Field>
        )}
        <FormatSelect
          id="new-source-format"
          value={format}
          onChange={setFormat}
          error={problem?.fields.format}
        />
        <DeskSelect
          id="new-source-desk"
          desks={props.desks}
          value={deskId}
          onChange={setDeskId}
          error={problem?.fields.deskId}
        />
        <AutoPublish id="new-source-auto" value={autoPublish} onChange={setAutoPublish} />
      </div>
      <FormActions busy={busy} busyLabel="Adding…" label="Add source" onCancel={props.onCancel} />
    </form>
  )
}

/** A source's settings that may change: active or paused, how often it is read, format, desk, auto-publish. */
export function SourceEditForm(props: {
  source: Source
  desks: readonly Desk[]
  onSaved: (source: Source) => void
  onCancel: () => void
}) {
  const { source } = props
  const prefix = `source-${source.id}`
  const [enabled, setEnabled] = useState(source.enabled)
  const [every, setEvery] = useState(intervalInput(source.intervalSeconds))
  const [format, setFormat] = useState(source.format)
  const [deskId, setDeskId] = useState(source.deskId)
  const [autoPublish, setAutoPublish] = useState(source.autoPublish)
  const { busy, problem, save } = useFormSave((error) => formProblem(error, FIELDS))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const patch: SourcePatch = {
      ...(enabled !== source.enabled ? { enabled } : {}),
      ...(every.trim() !== intervalInput(source.intervalSeconds) ? { interval: every.trim() } : {}),
      ...(format !== source.format ? { format } : {}),
      ...(deskId !== source.deskId ? { deskId } : {}),
      ...(autoPublish !== source.autoPublish ? { autoPublish } : {}),
    }
    if (Object.keys(patch).length === 0) return props.onCancel()
    await save(async () => {
      props.onSaved(await manageApi.changeSource(source.id, patch))
    })
  }

  return (
    <form className="edit-form" aria-label={`Edit ${source.name}`} onSubmit={submit} noValidate>
      <ProblemMessage problem={problem} />
      <div className="form-grid">
        <div className="field check wide">
          <input
            id={`${prefix}-enabled`}
            autoFocus
            type="checkbox"
            checked={enabled}
            aria-describedby={`${prefix}-enabled-hint`}
            onChange={(e) => setEnabled(e.target.checked)}
          />
          <label htmlFor={`${prefix}-enabled`}>Active</label>
          <p className="hint" id={`${prefix}-enabled-hint`}>
            A paused source is not read, and its pushes are refused.
          </p>
        </div>
        {source.kind !== 'push' && (
          <Field
            id={`${prefix}-interval`}
            label="Look every"
            hint="Such as 60s, 5m or 1h; at least 10 seconds."
            error={problem?.fields.interval}
          >
            {(c) => (
              <input {...c} autoComplete="off" value={every} onChange={(e) => setEvery(e.target.value)} />
            )}
          </Field>
        )}
        <FormatSelect
          id={`${prefix}-format`}
          value={format}
          onChange={setFormat}
          error={problem?.fields.format}
        />
        <DeskSelect
          id={`${prefix}-desk`}
          desks={props.desks}
          value={deskId}
          onChange={setDeskId}
          error={problem?.fields.deskId}
        />
        <AutoPublish id={`${prefix}-auto`} value={autoPublish} onChange={setAutoPublish} />
      </div>
      <FormActions busy={busy} busyLabel="Saving…" label="Save source" onCancel={props.onCancel} />
    </form>
  )
}
