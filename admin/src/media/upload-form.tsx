import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react'
import { errorMessage } from '../api/client.ts'
import { fieldErrors } from './field-errors.ts'
import {
  ACCEPTED_TYPES,
  fileProblem,
  mediaApi,
  megabytes,
  type LibraryAsset,
  type UploadFields,
} from './media-api.ts'
import './upload-form.css'

type Stage = { kind: 'idle' } | { kind: 'sending'; fraction: number } | { kind: 'failed'; error: unknown }

const EMPTY: UploadFields = { caption: '', credit: '', alt: '' }

/** Whether a drag carries files (its types say so before the drop; the files come only then). */
const dragHasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files')

/**
 * Uploading a picture: a file (chosen, or dropped on the zone, or handed in by the page it sits on), a preview, its
 * caption, credit and alt text, then progress while it goes, and a plain reason when it cannot: too large, not a
 * picture, or what the server said, next to the field it names. What was typed stays after a failure.
 */
export function UploadForm(props: {
  /** The file, when the parent holds it (a drop anywhere on the media page). */
  file: File | null
  onFile: (file: File | null) => void
  onUploaded: (asset: LibraryAsset, fields: UploadFields) => void
  /** Alt text must be given (a picture about to be used in a story), with the reason said. */
  requireAlt?: boolean
  submitLabel: string
  /** Words beside the fields, e.g. that they become the library's defaults. */
  note?: string
}) {
  const id = useId()
  const [fields, setFields] = useState<UploadFields>(EMPTY)
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const [altMissing, setAltMissing] = useState(false)
  const [dragging, setDragging] = useState(false)
  const [preview, setPreview] = useState<string | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const altInput = useRef<HTMLTextAreaElement>(null)
  const abort = useRef<AbortController | null>(null)
  const file = props.file
  const problem = file ? fileProblem(file) : null

  useEffect(() => {
    if (!file || fileProblem(file)) {
      setPreview(null)
      return
    }
    const url = URL.createObjectURL(file)
    setPreview(url)
    return () => URL.revokeObjectURL(url)
  }, [file])
  useEffect(() => () => abort.current?.abort(), [])
  // A new file clears the last failure: it was about the old one.
  useEffect(() => setStage({ kind: 'idle' }), [file])

  const sending = stage.kind === 'sending'
  const serverFields = stage.kind === 'failed' ? fieldErrors(stage.error) : {}
  const fileError = problem ?? (serverFields.file ? `The file ${serverFields.file}.` : null)

  const choose = (chosen: File | null) => {
    props.onFile(chosen)
    if (fileInput.current && !chosen) fileInput.current.value = ''
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file || problem || sending) return
    if (props.requireAlt && !fields.alt.trim()) {
      setAltMissing(true)
      altInput.current?.focus()
      return
    }
    const controller = new AbortController()
    abort.current = controller
    setStage({ kind: 'sending', fraction: 0 })
    try {
      const asset = await mediaApi.upload(
        file,
        fields,
        (fraction) => setStage({ kind: 'sending', fraction }),
        controller.signal,
      )
      if (controller.signal.aborted) return
      const sent = fields
      setStage({ kind: 'idle' })
      setFields(EMPTY)
      setAltMissing(false)
      choose(null)
      props.onUploaded(asset, sent)
    } catch (error) {
      // Stopped by the person (or the form went away): nothing to report.
      setStage(controller.signal.aborted ? { kind: 'idle' } : { kind: 'failed', error })
    }
  }

  const drop = (event: DragEvent<HTMLDivElement>) => {
    if (!dragHasFiles(event)) return
    event.preventDefault()
    event.stopPropagation()
    setDragging(false)
    const dropped = event.dataTransfer.files[0]
    if (dropped) choose(dropped)
  }

  const set = (name: keyof UploadFields) => (e: { target: { value: string } }) => {
    setFields((f) => ({ ...f, [name]: e.target.value }))
    if (name === 'alt' && e.target.value.trim()) setAltMissing(false)
  }
  const percent = stage.kind === 'sending' ? Math.round(stage.fraction * 100) : 0

  return (
    <form className="upload-form" onSubmit={submit} aria-busy={sending} noValidate>
      <div
        className={`drop-zone${dragging ? ' is-over' : ''}${file ? ' has-file' : ''}`}
        onDragOver={(e) => {
          if (!dragHasFiles(e)) return
          e.preventDefault()
          e.stopPropagation()
          e.dataTransfer.dropEffect = 'copy'
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        {preview ? (
          <img className="upload-preview" src={preview} alt="" />
        ) : (
          <span className="drop-art" aria-hidden="true" />
        )}
        <div className="drop-text">
          {file ? (
            <p className="drop-file">
              <span className="drop-file-name">{file.name}</span>
              <span className="drop-file-size">{megabytes(file.size)}</span>
            </p>
          ) : (
            <p className="drop-hint">Drag a picture here, or</p>
          )}
          <div className="drop-actions">
            <label className="button small upload-file-button" htmlFor={`${id}-file`}>
              {file ? 'Choose another file' : 'Choose a file'}
            </label>
            {file && !sending && (
              <button className="button quiet small" type="button" onClick={() => choose(null)}>
                Remove
              </button>
            )}
          </div>
          <p className="hint">JPEG, PNG, WebP, AVIF, GIF or TIFF, up to 25 MB.</p>
        </div>
        <input
          ref={fileInput}
          id={`${id}-file`}
          className="upload-file-input"
          type="file"
          accept={ACCEPTED_TYPES}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${id}-file-error` : undefined}
          disabled={sending}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
      </div>
      {fileError && (
        <p className="field-error" id={`${id}-file-error`} role="alert">
          {fileError}
        </p>
      )}

      {file && !problem && (
        <div className="upload-fields">
          {props.note && <p className="hint upload-note">{props.note}</p>}
          <div className="field">
            <label htmlFor={`${id}-caption`}>Caption</label>
            <textarea
              id={`${id}-caption`}
              rows={2}
              value={fields.caption}
              onChange={set('caption')}
              aria-describedby={serverFields.caption ? `${id}-caption-error` : undefined}
            />
            {serverFields.caption && (
              <p className="field-error" id={`${id}-caption-error`}>
                The caption {serverFields.caption}.
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-credit`}>Credit</label>
            <input
              id={`${id}-credit`}
              value={fields.credit}
              onChange={set('credit')}
              autoComplete="off"
              aria-describedby={serverFields.credit ? `${id}-credit-error` : undefined}
            />
            {serverFields.credit && (
              <p className="field-error" id={`${id}-credit-error`}>
                The credit {serverFields.credit}.
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-alt`}>Alt text{props.requireAlt ? '' : ' (recommended)'}</label>
            <textarea
              ref={altInput}
              id={`${id}-alt`}
              rows={2}
              value={fields.alt}
              onChange={set('alt')}
              required={props.requireAlt}
              aria-invalid={altMissing ? true : undefined}
              aria-describedby={`${id}-alt-hint${altMissing || serverFields.alt ? ` ${id}-alt-error` : ''}`}
            />
            <p className="hint" id={`${id}-alt-hint`}>
              {props.requireAlt
                ? 'Required: readers using screen readers hear it instead of seeing the picture.'
                : 'What the picture shows, for readers using screen readers.'}
            </p>
            {(altMissing || serverFields.alt) && (
              <p className="field-error" id={`${id}-alt-error`}>
                {altMissing
                  ? 'Add alt text to use this picture: say what it shows.'
                  : `The alt text ${serverFields.alt}.`}
              </p>
            )}
          </div>
          {stage.kind === 'failed' && !serverFields.file && (
            <p className="form-error" role="alert">
              {errorMessage(stage.error)}
            </p>
          )}
          <div className="upload-actions">
            <button className="button primary" type="submit" disabled={sending}>
              {sending ? 'Uploading…' : props.submitLabel}
            </button>
            {sending && (
              <>
                <progress
                  className="upload-progress"
                  max={100}
                  value={percent}
                  aria-label="Upload progress"
                />
                <span className="upload-status" role="status">
                  {percent < 100 ? `Uploading… ${percent}%` : 'Making the sizes…'}
                </span>
                <button className="button quiet small" type="button" onClick={() => abort.current?.abort()}>
                  Stop
                </button>
              </>
            )}
          </div>
        </div>
      )}
    </form>
  )
}
