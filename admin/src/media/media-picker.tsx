import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type JSX,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react'
import { createPortal } from 'react-dom'
import { LoadError, Loading } from '../ui/status.tsx'
import type { LibraryAsset, UploadFields } from './media-api.ts'
import { MediaGrid } from './media-grid.tsx'
import { renditionFor } from './renditions.ts'
import { UploadForm } from './upload-form.tsx'
import { useFileDrop } from './use-file-drop.ts'
import { useLibrary } from './use-library.ts'
import './media-dialog.css'
import './media-picker.css'

/** A picture chosen for one use (a story's figure): the asset, the words for this use, and a preview to show. */
export interface PickedImage {
  assetId: number
  caption: string
  credit: string
  alt: string
  /** A whole-picture rendition about 600 pixels wide (WebP, else JPEG), public and immutable. */
  thumbnailUrl: string
  /** The thumbnail's own size in pixels (the picture's shape), for the img's width and height attributes. */
  width: number
  height: number
}

const PICKER_PAGE = 18
const THUMBNAIL_WIDTH = 600
type Way = 'library' | 'upload'

function picked(asset: LibraryAsset, words: UploadFields): PickedImage {
  const thumb = renditionFor(asset, THUMBNAIL_WIDTH)
  return {
    assetId: asset.id,
    caption: words.caption.trim(),
    credit: words.credit.trim(),
    alt: words.alt.trim(),
    thumbnailUrl: thumb?.url ?? '',
    width: thumb?.width ?? asset.width,
    height: thumb?.height ?? asset.height,
  }
}

/** Events of the picker stop at its edge: the page that opened it (a story editor, a form) must not act on them. */
const stop = (event: SyntheticEvent) => event.stopPropagation()
const isolate = {
  onClick: stop,
  onMouseDown: stop,
  onPointerDown: stop,
  onKeyDown: stop,
  onKeyUp: stop,
  onSubmit: stop,
  onChange: stop,
  onInput: stop,
  onFocus: stop,
  onBlur: stop,
  onPaste: stop,
}

/**
 * Chooses a picture for a story, in a modal dialog: from the library (search, choose, then the caption, credit and
 * alt text prefilled and editable for this use) or uploaded there and then. Alt text is required, since readers
 * using screen readers hear it instead of seeing the picture. The dialog is the native one (`showModal`: the focus
 * stays inside, Escape closes it) placed at the end of the page, so an editor around it (contenteditable, forms) is
 * untouched by what happens inside.
 *
 * Picking calls `onPick` only; the owner then closes the picker (`open={false}`), as it does after `onClose`
 * (Cancel, Escape). The focus goes back to where it was when the picker opened.
 */
export function MediaPicker(props: {
  open: boolean
  title?: string
  onPick: (image: PickedImage) => void
  onClose: () => void
}): JSX.Element | null {
  if (!props.open) return null
  return createPortal(<PickerDialog {...props} />, document.body)
}

function PickerDialog(props: { title?: string; onPick: (image: PickedImage) => void; onClose: () => void }) {
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [way, setWay] = useState<Way>('library')
  const [file, setFile] = useState<File | null>(null)
  const tabs = useRef(new Map<Way, HTMLButtonElement>())
  // A picture dropped anywhere on the open picker is one to upload (and is not opened by the browser instead).
  const dragging = useFileDrop((dropped) => {
    setFile(dropped)
    setWay('upload')
  })
  const onClose = useRef(props.onClose)
  useEffect(() => {
    onClose.current = props.onClose
  })

  useEffect(() => {
    const el = dialog.current
    const opener = document.activeElement
    if (el && !el.open) el.showModal()
    // The search is where one starts (the dialog alone would give the focus to its first button, Cancel).
    el?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    // The close event comes from Escape, Cancel, or a form with method=dialog; each tells the owner.
    const closed = () => onClose.current()
    el?.addEventListener('close', closed)
    return () => {
      el?.removeEventListener('close', closed)
      if (el?.open) el.close()
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])

  const ways: { way: Way; label: string }[] = [
    { way: 'library', label: 'From the library' },
    { way: 'upload', label: 'Upload a new picture' },
  ]
  const tabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const at = ways.findIndex((w) => w.way === way)
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowLeft'
        ? ways[(at + (event.key === 'ArrowRight' ? 1 : ways.length - 1)) % ways.length]
        : event.key === 'Home'
          ? ways[0]
          : event.key === 'End'
            ? ways.at(-1)
            : undefined
    if (!next) return
    event.preventDefault()
    setWay(next.way)
    tabs.current.get(next.way)?.focus()
  }

  return (
    <dialog
      ref={dialog}
      className={dragging ? 'media-dialog picker-dialog is-dragging' : 'media-dialog picker-dialog'}
      aria-labelledby={`${id}-title`}
      {...isolate}
    >
      <div className="media-dialog-head">
        <h2 id={`${id}-title`}>{props.title ?? 'Add a picture'}</h2>
        <button className="button quiet small" type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
      <div className="picker-tabs" role="tablist" aria-label="How to add the picture">
        {ways.map((w) => (
          <button
            key={w.way}
            ref={(el) => {
              if (el) tabs.current.set(w.way, el)
              else tabs.current.delete(w.way)
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${w.way}`}
            aria-selected={way === w.way}
            aria-controls={`${id}-panel-${w.way}`}
            tabIndex={way === w.way ? 0 : -1}
            className="picker-tab"
            onClick={() => setWay(w.way)}
            onKeyDown={tabKey}
          >
            {w.label}
          </button>
        ))}
      </div>
      {/* Both ways stay mounted, so switching between them keeps a chosen picture and what was typed. */}
      <div
        className="picker-body"
        role="tabpanel"
        id={`${id}-panel-library`}
        aria-labelledby={`${id}-tab-library`}
        hidden={way !== 'library'}
      >
        <LibraryWay onPick={props.onPick} />
      </div>
      <div
        className="picker-body"
        role="tabpanel"
        id={`${id}-panel-upload`}
        aria-labelledby={`${id}-tab-upload`}
        hidden={way !== 'upload'}
      >
        <div className="picker-upload">
          <UploadForm
            file={file}
            onFile={setFile}
            requireAlt
            submitLabel="Upload and use"
            note="These words go with the picture in this story, and become the library’s defaults for it."
            onUploaded={(asset, words) => props.onPick(picked(asset, words))}
          />
        </div>
      </div>
    </dialog>
  )
}

/** The library way: search and choose, then the words for this use. */
function LibraryWay(props: { onPick: (image: PickedImage) => void }) {
  const [text, setText] = useState('')
  const [chosen, setChosen] = useState<LibraryAsset | null>(null)
  const library = useLibrary(text, PICKER_PAGE)
  const lastChosen = useRef<number | null>(null)
  const tiles = useRef(new Map<number, HTMLButtonElement>())
  const id = useId()

  // Back from a chosen picture, the focus returns to it in the grid.
  useEffect(() => {
    if (chosen || lastChosen.current === null) return
    tiles.current.get(lastChosen.current)?.focus()
  }, [chosen])

  if (chosen) {
    return (
      <UseForm
        asset={chosen}
        onBack={() => setChosen(null)}
        onUse={(words) => props.onPick(picked(chosen, words))}
      />
    )
  }
  const searching = library.searched !== ''
  return (
    <div className="picker-library">
      <form className="picker-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-q`}>Search pictures</label>
        <input
          data-autofocus=""
          id={`${id}-q`}
          type="search"
          autoComplete="off"
          placeholder="Caption, credit or alt text"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </form>
      <p className="list-note picker-count" role="status">
        {library.loading && library.items.length === 0
          ? ''
          : searching
            ? `${library.total} ${library.total === 1 ? 'picture matches' : 'pictures match'}`
            : `${library.total} ${library.total === 1 ? 'picture' : 'pictures'}, newest first`}
      </p>
      {library.error && library.items.length === 0 ? (
        <LoadError error={library.error} onRetry={library.reload} />
      ) : library.loading && library.items.length === 0 ? (
        <Loading label="Loading the pictures" />
      ) : library.items.length === 0 ? (
        <p className="empty">{searching ? 'No picture matches this search.' : 'The library is empty.'}</p>
      ) : (
        <>
          <MediaGrid
            items={library.items}
            action="Choose"
            size="small"
            onChoose={(asset) => {
              lastChosen.current = asset.id
              setChosen(asset)
            }}
            buttonRef={(assetId, el) => {
              if (el) tiles.current.set(assetId, el)
              else tiles.current.delete(assetId)
            }}
          />
          {library.items.length < library.total && (
            <div className="picker-more">
              <button
                className="button small"
                type="button"
                onClick={library.more}
                disabled={library.loading}
              >
                {library.loading ? 'Loading…' : 'Show more pictures'}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  )
}

/** A picture chosen from the library: its words prefilled, changed for this use only, and alt text required. */
function UseForm(props: { asset: LibraryAsset; onBack: () => void; onUse: (words: UploadFields) => void }) {
  const { asset } = props
  const id = useId()
  const [words, setWords] = useState<UploadFields>({
    caption: asset.caption,
    credit: asset.credit,
    alt: asset.alt,
  })
  const [altMissing, setAltMissing] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const alt = useRef<HTMLTextAreaElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const preview = renditionFor(asset, 800)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!words.alt.trim()) {
      setAltMissing(true)
      alt.current?.focus()
      return
    }
    props.onUse(words)
  }
  const set = (name: keyof UploadFields) => (e: { target: { value: string } }) => {
    setWords((w) => ({ ...w, [name]: e.target.value }))
    if (name === 'alt' && e.target.value.trim()) setAltMissing(false)
  }

  return (
    <form className="media-form picker-use" onSubmit={submit} noValidate>
      <div className="picker-use-picture">
        {preview && <img src={preview.url} width={preview.width} height={preview.height} alt={asset.alt} />}
      </div>
      <div className="picker-use-fields">
        <h3 ref={heading} tabIndex={-1} className="picker-use-title">
          Words for this story
        </h3>
        <p className="hint">
          Changes here go with the picture in this story only; the library keeps its own.
        </p>
        <div className="field">
          <label htmlFor={`${id}-caption`}>Caption</label>
          <textarea id={`${id}-caption`} rows={3} value={words.caption} onChange={set('caption')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-credit`}>Credit</label>
          <input id={`${id}-credit`} value={words.credit} onChange={set('credit')} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-alt`}>Alt text</label>
          <textarea
            ref={alt}
            id={`${id}-alt`}
            rows={2}
            value={words.alt}
            onChange={set('alt')}
            required
            aria-invalid={altMissing ? true : undefined}
            aria-describedby={`${id}-alt-hint${altMissing ? ` ${id}-alt-error` : ''}`}
          />
          <p className="hint" id={`${id}-alt-hint`}>
            Required: readers using screen readers hear it instead of seeing the picture.
          </p>
          {altMissing && (
            <p className="field-error" id={`${id}-alt-error`}>
              Add alt text to use this picture: say what it shows.
            </p>
          )}
        </div>
        <div className="picker-use-actions">
          <button className="button primary" type="submit">
            Use this picture
          </button>
          <button className="button quiet" type="button" onClick={props.onBack}>
            Back to the library
          </button>
        </div>
      </div>
    </form>
  )
}
