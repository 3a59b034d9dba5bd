import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { errorMessage } from '../api/client.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { fullTime } from '../ui/time-format.ts'
import { fieldErrors } from './field-errors.ts'
import { FocalPoint, type Focal } from './focal-point.tsx'
import { mediaApi, megabytes, type AssetPatch, type LibraryAsset } from './media-api.ts'
import './media-dialog.css'
import './asset-dialog.css'

interface Draft {
  caption: string
  credit: string
  alt: string
  licenseUrl: string
  acquireLicenseUrl: string
  focal: Focal
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: unknown }

const draftOf = (a: LibraryAsset): Draft => ({
  caption: a.caption,
  credit: a.credit,
  alt: a.alt,
  licenseUrl: a.licenseUrl,
  acquireLicenseUrl: a.acquireLicenseUrl,
  focal: { x: a.focalX, y: a.focalY },
})

/** What differs from the saved picture: only those fields are sent. */
function patchOf(d: Draft, a: LibraryAsset): AssetPatch {
  const patch: AssetPatch = {}
  for (const name of ['caption', 'credit', 'alt', 'licenseUrl', 'acquireLicenseUrl'] as const) {
    if (d[name].trim() !== a[name]) patch[name] = d[name].trim()
  }
  if (d.focal.x !== a.focalX) patch.focalX = d.focal.x
  if (d.focal.y !== a.focalY) patch.focalY = d.focal.y
  return patch
}

const TEXT_FIELDS: { name: 'caption' | 'credit' | 'alt'; label: string; hint?: string; long?: boolean }[] = [
  { name: 'caption', label: 'Caption', long: true },
  { name: 'credit', label: 'Credit', hint: 'Who made the picture, and for whom: “Rina Das / Dateline”.' },
  {
    name: 'alt',
    label: 'Alt text',
    hint: 'What the picture shows, for readers using screen readers.',
    long: true,
  },
]
const LINK_FIELDS: { name: 'licenseUrl' | 'acquireLicenseUrl'; label: string; hint: string }[] = [
  { name: 'licenseUrl', label: 'Licence page', hint: 'Where the picture’s licence is written (an address).' },
  { name: 'acquireLicenseUrl', label: 'Licensing page', hint: 'Where a reader can license the picture.' },
]

/**
 * One picture of the library in a modal dialog: its caption, credit, alt text and licence links, and its focal
 * point, with previews of the crops. Saving sends what changed (PATCH) and says "Saved"; a failure keeps what was
 * typed and says why next to the field. Closing with unsaved changes asks first. A reporter sees the details
 * without changing them (the API lets editors and above change pictures).
 */
export function AssetDialog(props: {
  asset: LibraryAsset
  onSaved: (asset: LibraryAsset) => void
  onClose: () => void
}) {
  const { user, settings } = useNewsroom()
  const canEdit = user.role !== 'reporter'
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [saved, setSaved] = useState(props.asset)
  const [draft, setDraft] = useState(() => draftOf(props.asset))
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [asking, setAsking] = useState(false)
  const keepEditing = useRef<HTMLButtonElement>(null)
  const patch = patchOf(draft, saved)
  const dirty = Object.keys(patch).length > 0
  const errors = status.kind === 'failed' ? fieldErrors(status.error) : {}

  useEffect(() => {
    const el = dialog.current
    if (el && !el.open) el.showModal()
  }, [])
  useEffect(() => {
    if (asking) keepEditing.current?.focus()
  }, [asking])

  const requestClose = () => {
    if (dirty && canEdit) setAsking(true)
    else dialog.current?.close()
  }

  const change = (next: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...next }))
    setAsking(false)
    if (status.kind === 'saved') setStatus({ kind: 'idle' })
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (status.kind === 'saving') return
    if (!dirty) {
      setStatus({ kind: 'saved' })
      return
    }
    setStatus({ kind: 'saving' })
    const sent = draft
    try {
      const asset = await mediaApi.change(saved.id, patch)
      setSaved(asset)
      // The saved values become the new baseline; what was typed while the request went stays as typed.
      const now = draftOf(asset)
      setDraft((current) => ({
        caption: current.caption === sent.caption ? now.caption : current.caption,
        credit: current.credit === sent.credit ? now.credit : current.credit,
        alt: current.alt === sent.alt ? now.alt : current.alt,
        licenseUrl: current.licenseUrl === sent.licenseUrl ? now.licenseUrl : current.licenseUrl,
        acquireLicenseUrl:
          current.acquireLicenseUrl === sent.acquireLicenseUrl
            ? now.acquireLicenseUrl
            : current.acquireLicenseUrl,
        focal: current.focal === sent.focal ? now.focal : current.focal,
      }))
      setStatus({ kind: 'saved' })
      props.onSaved(asset)
    } catch (error) {
      setStatus({ kind: 'failed', error })
    }
  }

  const fieldError = (name: string, label: string): ReactNode =>
    errors[name] ? (
      <p className="field-error" id={`${id}-${name}-error`}>
        {label} {errors[name]}.
      </p>
    ) : null
  const describedBy = (name: string, hint: boolean) =>
    [hint ? `${id}-${name}-hint` : '', errors[name] ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') ||
    undefined

  return (
    <dialog
      ref={dialog}
      className="media-dialog asset-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        if (dirty && canEdit) {
          e.preventDefault()
          setAsking(true)
        }
      }}
      onClose={props.onClose}
    >
      <form className="media-form" onSubmit={save} noValidate>
        <header className="media-dialog-head">
          <h2 id={`${id}-title`}>{canEdit ? 'Picture details' : 'Picture'}</h2>
          <button className="button quiet small" type="button" onClick={requestClose}>
            Close
          </button>
        </header>

        <div className="asset-layout">
          <FocalPoint
            asset={saved}
            value={draft.focal}
            onChange={(focal) => change({ focal })}
            readOnly={!canEdit}
          />

          <div className="asset-fields">
            {!canEdit && <p className="notice">Editors and above change a picture’s details.</p>}
            {TEXT_FIELDS.map((f) => (
              <div className="field" key={f.name}>
                <label htmlFor={`${id}-${f.name}`}>{f.label}</label>
                {f.long ? (
                  <textarea
                    id={`${id}-${f.name}`}
                    rows={f.name === 'caption' ? 3 : 2}
                    value={draft[f.name]}
                    readOnly={!canEdit}
                    aria-invalid={errors[f.name] ? true : undefined}
                    aria-describedby={describedBy(f.name, Boolean(f.hint))}
                    onChange={(e) => change({ [f.name]: e.target.value })}
                  />
                ) : (
                  <input
                    id={`${id}-${f.name}`}
                    value={draft[f.name]}
                    readOnly={!canEdit}
                    autoComplete="off"
                    aria-invalid={errors[f.name] ? true : undefined}
                    aria-describedby={describedBy(f.name, Boolean(f.hint))}
                    onChange={(e) => change({ [f.name]: e.target.value })}
                  />
                )}
                {f.hint && (
                  <p className="hint" id={`${id}-${f.name}-hint`}>
                    {f.hint}
                  </p>
                )}
                {fieldError(f.name, `The ${f.label.toLowerCase()}`)}
              </div>
            ))}
            <details
              className="asset-more"
              open={Boolean(saved.licenseUrl || saved.acquireLicenseUrl) || undefined}
            >
              <summary>Rights and licence</summary>
              <dl className="asset-facts">
                <Fact term="Source">{saved.source || '—'}</Fact>
                <Fact term="Copyright">{saved.copyright || '—'}</Fact>
              </dl>
              {LINK_FIELDS.map((f) => (
                <div className="field" key={f.name}>
                  <label htmlFor={`${id}-${f.name}`}>{f.label}</label>
                  <input
                    id={`${id}-${f.name}`}
                    type="url"
                    inputMode="url"
                    placeholder="https://"
                    value={draft[f.name]}
                    readOnly={!canEdit}
                    autoComplete="off"
                    aria-invalid={errors[f.name] ? true : undefined}
                    aria-describedby={describedBy(f.name, true)}
                    onChange={(e) => change({ [f.name]: e.target.value })}
                  />
                  <p className="hint" id={`${id}-${f.name}-hint`}>
                    {f.hint}
                  </p>
                  {fieldError(f.name, `The ${f.label.toLowerCase()}`)}
                </div>
              ))}
            </details>
            <dl className="asset-facts is-quiet">
              <Fact term="Size">
                {saved.width} × {saved.height} px, {megabytes(saved.bytes)}
              </Fact>
              <Fact term="Type">{saved.mimeType.replace('image/', '').toUpperCase()}</Fact>
              <Fact term="Uploaded">{fullTime(saved.createdAt, settings.timeZone, settings.zoneLabel)}</Fact>
              <Fact term="Number">{saved.id}</Fact>
            </dl>
            {saved.renditionsPending && (
              <p className="hint">Some sizes are still being made; pages follow on their own.</p>
            )}
          </div>
        </div>

        {canEdit && (
          <footer className="media-dialog-foot">
            {asking ? (
              <div className="media-leave-ask" role="alert">
                <p>Your changes are not saved.</p>
                <button
                  ref={keepEditing}
                  className="button small"
                  type="button"
                  onClick={() => setAsking(false)}
                >
                  Keep editing
                </button>
                <button className="button quiet small" type="button" onClick={() => dialog.current?.close()}>
                  Close without saving
                </button>
              </div>
            ) : (
              <>
                <p
                  className={status.kind === 'failed' ? 'media-save-note is-error' : 'media-save-note'}
                  role="status"
                >
                  {status.kind === 'saving' && 'Saving…'}
                  {status.kind === 'saved' && 'Saved'}
                  {status.kind === 'failed' && errorMessage(status.error)}
                  {status.kind === 'idle' && (dirty ? 'Changes not saved yet' : '')}
                </p>
                <button className="button primary" type="submit" disabled={status.kind === 'saving'}>
                  {status.kind === 'saving' ? 'Saving…' : 'Save'}
                </button>
              </>
            )}
          </footer>
        )}
      </form>
    </dialog>
  )
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}
