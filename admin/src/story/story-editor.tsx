import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from '@tiptap/react'
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { fromEditorDocument, toEditorDocument, type PmNode } from '../../../src/core/editor-document.ts'
import { ApiError, errorMessage } from '../api/client.ts'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { Block, Story, StoryDetails, StoryFields } from '../api/types.ts'
import { detailsOf, type Workspace } from './workspace.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { useLiveRefresh } from '../live/use-live-refresh.tsx'
import { MediaPicker } from '../media/media-picker.tsx'
import { BodyPreview } from './body-preview.tsx'
import { cleanPastedHtml } from './paste-cleanup.ts'
import { editorExtensions } from './editor-schema.tsx'

/** How long after the last keystroke the text is saved. */
const AUTOSAVE_MS = 2_000
/** How often an open story says so (the server forgets a screen after a minute without). */
const HEARTBEAT_MS = 20_000
/** How long after a failed save to try again. */
const RETRY_MS = 10_000

type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }

type Hold =
  | { kind: 'asking' }
  | { kind: 'editing' }
  | { kind: 'reading'; by: string | null }
  | { kind: 'lost'; by: string | null; kept: boolean; unsaved: boolean }

interface Conflict {
  mine: StoryFields
  /** The saved story both texts started from: what "mine" changed is measured against it. */
  base: StoryFields
  theirs: Story
  /** Whether "mine" is safe as a revision (keeping it can fail: no connection, a text the server refuses). */
  kept: boolean
}

/** The fields in which `b` differs from `a`. */
const changedKeys = (a: StoryFields, b: StoryFields) =>
  (Object.keys(b) as (keyof StoryFields)[]).filter((k) => !same(a[k], b[k]))
const pick = (f: StoryFields, keys: (keyof StoryFields)[]): Partial<StoryFields> =>
  Object.fromEntries(keys.map((k) => [k, f[k]]))
const sentDetails = ({ headline: _h, summary: _s, ...d }: Omit<StoryFields, 'body'>): StoryDetails => d
const fieldsOf = (s: Story): StoryFields => ({
  headline: s.headline,
  summary: s.summary,
  body: s.body,
  ...detailsOf(s),
})

const bodyOf = (editor: Editor): Block[] => fromEditorDocument(editor.getJSON() as PmNode) as Block[]
const docOf = (body: Block[]) =>
  toEditorDocument(body as Parameters<typeof toEditorDocument>[0]) as JSONContent
/** JSON with every object's keys sorted, so the server's key order never reads as a change. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b)
const clock = (at: Date) => at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })

function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'dirty'
        ? 'Unsaved changes'
        : state.kind === 'error'
          ? `Not saved: ${state.message}`
          : state.at
            ? `Saved ${clock(state.at)}`
            : 'Saved'
  return (
    <span className={`save-status ${state.kind}`} role="status">
      {text}
    </span>
  )
}

/** Three lines with bullets, or with numerals drawn as strokes (a visible "1." would not match the button's name). */
function ListIcon({ numbered = false }: { numbered?: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <g stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" fill="none">
        <path d="M7 4.5h9M7 9h9M7 13.5h9" />
        {numbered ? (
          <path d="M2.5 3.2l1-0.7v4M1.8 7.8h1.6M1.8 10.2c0.4-0.9 2.2-0.9 2.2 0.2 0 0.9-2.2 1.6-2.2 2.6h2.3" />
        ) : null}
      </g>
      {!numbered && (
        <g fill="currentColor">
          <circle cx="3" cy="4.5" r="1.3" />
          <circle cx="3" cy="9" r="1.3" />
          <circle cx="3" cy="13.5" r="1.3" />
        </g>
      )}
    </svg>
  )
}

/** A framed landscape: the picture button. */
function PictureIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <g stroke="currentColor" strokeWidth="1.6" fill="none" strokeLinejoin="round">
        <rect x="2" y="3.5" width="14" height="11" rx="1.5" />
        <path d="M2.8 13.2l4-4.2 3 3 2-2 3.4 3.2" />
      </g>
      <circle cx="12" cy="7" r="1.3" fill="currentColor" />
    </svg>
  )
}

function Toolbar({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      heading: e.isActive('heading', { level: 2 }),
      subheading: e.isActive('heading', { level: 3 }),
      quote: e.isActive('blockquote'),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      attribution: e.isActive('blockquote')
        ? String((e.getAttributes('blockquote').attribution as string | undefined) ?? '')
        : null,
    }),
  })
  const [linking, setLinking] = useState<string | null>(null)
  const [picking, setPicking] = useState(false)
  const chain = () => editor.chain().focus()
  const buttons: [Exclude<keyof typeof active, 'attribution'>, ReactNode, string, string, () => void][] = [
    ['bold', 'B', 'Bold', 'Ctrl+B', () => chain().toggleBold().run()],
    ['italic', 'I', 'Italic', 'Ctrl+I', () => chain().toggleItalic().run()],
    [
      'link',
      'Link',
      'Link',
      '',
      () => setLinking(linking === null ? ((editor.getAttributes('link').href as string) ?? '') : null),
    ],
    ['heading', 'H', 'Heading', 'Ctrl+Alt+2', () => chain().toggleHeading({ level: 2 }).run()],
    ['subheading', 'h', 'Small heading', 'Ctrl+Alt+3', () => chain().toggleHeading({ level: 3 }).run()],
    ['quote', '“ ”', 'Quote', 'Ctrl+Shift+B', () => chain().toggleBlockquote().run()],
    ['bullets', <ListIcon />, 'Bulleted list', 'Ctrl+Shift+8', () => chain().toggleBulletList().run()],
    [
      'numbers',
      <ListIcon numbered />,
      'Numbered list',
      'Ctrl+Shift+7',
      () => chain().toggleOrderedList().run(),
    ],
  ]
  const applyLink = (event: FormEvent) => {
    event.preventDefault()
    const href = (linking ?? '').trim()
    if (href) chain().extendMarkRange('link').setLink({ href }).run()
    else chain().extendMarkRange('link').unsetLink().run()
    setLinking(null)
  }
  return (
    <div className="editor-toolbar-wrap">
      <div className="editor-toolbar" role="toolbar" aria-label="Formatting">
        {buttons.map(([key, face, label, keys, run]) => (
          <button
            key={key}
            type="button"
            className={`tool tool-${key}`}
            aria-label={label}
            aria-pressed={active[key]}
            title={keys ? `${label} (${keys})` : label}
            disabled={disabled}
            onMouseDown={(e) => e.preventDefault()}
            onClick={run}
          >
            <span aria-hidden="true">{face}</span>
          </button>
        ))}
        <button
          type="button"
          className="tool tool-picture"
          aria-label="Picture"
          title="Picture: upload or choose from the library"
          disabled={disabled}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setPicking(true)}
        >
          <PictureIcon />
        </button>
      </div>
      <MediaPicker
        open={picking}
        title="Picture in the text"
        onClose={() => setPicking(false)}
        onPick={(image) => {
          setPicking(false)
          const { assetId, caption, credit, alt } = image
          chain().insertContent({ type: 'figure', attrs: { assetId, caption, credit, alt } }).run()
        }}
      />
      {active.attribution !== null && !disabled && (
        <div className="link-form">
          <label htmlFor="quote-attribution">Quote by</label>
          <input
            id="quote-attribution"
            type="text"
            value={active.attribution}
            placeholder="Name, title"
            onChange={(e) => editor.commands.updateAttributes('blockquote', { attribution: e.target.value })}
          />
        </div>
      )}
      {linking !== null && !disabled && (
        <form className="link-form" onSubmit={applyLink}>
          <label htmlFor="link-href">Link address</label>
          <input
            id="link-href"
            type="url"
            value={linking}
            placeholder="https://"
            autoFocus
            onChange={(e) => setLinking(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Escape') return
              setLinking(null)
              editor.commands.focus()
            }}
          />
          <button type="submit" className="button small">
            {linking.trim() ? 'Apply' : 'Remove link'}
          </button>
        </form>
      )}
    </div>
  )
}

function ConflictView({
  conflict,
  onUseMine,
  onKeepTheirs,
  busy,
}: {
  conflict: Conflict
  onUseMine(): void
  onKeepTheirs(): void
  busy: boolean
}) {
  // The text just turned read-only under the writer: say why where the keyboard is.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={heading} tabIndex={-1}>
        Someone else saved this story while you were writing
      </h2>
      <p>
        {conflict.kept
          ? 'Your text is kept as a revision either way. Choose which text the story goes on with; the other stays in the history.'
          : 'Your text could not be kept as a revision. “Use mine” saves it over theirs (theirs stays in the history); before choosing “Keep theirs”, copy anything of yours you still want.'}
      </p>
      <div className="conflict-columns">
        <div>
          <h3>Theirs (saved)</h3>
          <p className="conflict-headline">{conflict.theirs.headline}</p>
          {conflict.theirs.summary && <p className="conflict-summary">{conflict.theirs.summary}</p>}
          <BodyPreview body={conflict.theirs.body} />
        </div>
        <div>
          <h3>Yours</h3>
          <p className="conflict-headline">{conflict.mine.headline}</p>
          {conflict.mine.summary && <p className="conflict-summary">{conflict.mine.summary}</p>}
          <BodyPreview body={conflict.mine.body} />
        </div>
      </div>
      <div className="conflict-actions">
        <button type="button" className="button primary" disabled={busy} onClick={onUseMine}>
          Use mine
        </button>
        <button type="button" className="button" disabled={busy} onClick={onKeepTheirs}>
          Keep theirs
        </button>
      </div>
    </section>
  )
}

/**
 * The story's headline, summary and body, edited in place. Saves 2 s after the last change (and on Ctrl/Cmd+S) with
 * the version it was based on; holds the story's editor through presence heartbeats, and keeps any text it could not
 * save (a take-over, a conflicting save) as a revision, so nothing typed is lost.
 */
export function StoryEditor({
  story,
  onSaved,
  side,
}: {
  story: Story
  onSaved(): void
  side(workspace: Workspace): ReactNode
}) {
  const { user } = useNewsroom()
  const id = story.id
  const [headline, setHeadline] = useState(story.headline)
  const [summary, setSummary] = useState(story.summary)
  const [details, setDetailsState] = useState(() => detailsOf(story))
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [shown, setShown] = useState(story)
  const [save, setSave] = useState<SaveState>({ kind: 'saved', at: null })
  const [hold, setHold] = useState<Hold>({ kind: 'asking' })
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [busy, setBusy] = useState(false)

  // What the server has (the version and the text it was saved as), and what is on screen.
  const version = useRef(story.version)
  const saved = useRef<StoryFields>(fieldsOf(story))
  const fields = useRef<Omit<StoryFields, 'body'>>({
    headline: story.headline,
    summary: story.summary,
    ...detailsOf(story),
  })
  const timer = useRef<number | undefined>(undefined)
  const saving = useRef<Promise<void> | null>(null)
  const holdRef = useRef<Hold>(hold)
  const conflictRef = useRef<Conflict | null>(null)
  useEffect(() => {
    holdRef.current = hold
    conflictRef.current = conflict
  })

  const editor = useEditor({
    extensions: editorExtensions,
    // Its CSS is in admin.css: the page's CSP allows no <style> elements.
    injectCSS: false,
    content: docOf(story.body),
    editable: false,
    editorProps: {
      transformPastedHTML: cleanPastedHtml,
      attributes: {
        class: 'story-body',
        'aria-label': 'Story text',
        'aria-multiline': 'true',
        role: 'textbox',
      },
    },
  })

  // The live editor, for callbacks that outlive a render (useEditor may replace the instance once it mounts).
  const editorRef = useRef<Editor | null>(null)
  useEffect(() => {
    editorRef.current = editor
  })
  const live = () => {
    const e = editorRef.current
    return e && !e.isDestroyed ? e : null
  }

  const current = useCallback((): StoryFields => {
    const e = live()
    const { headline, summary, ...rest } = fields.current
    return { headline, summary, body: e ? bodyOf(e) : saved.current.body, ...rest }
  }, [])

  /** Puts a saved story on screen, as the text the next save compares with. */
  const load = useCallback((s: Story) => {
    version.current = s.version
    saved.current = fieldsOf(s)
    fields.current = { headline: s.headline, summary: s.summary, ...detailsOf(s) }
    setHeadline(s.headline)
    setSummary(s.summary)
    setDetailsState(detailsOf(s))
    setFieldErrors({})
    setShown(s)
    live()?.commands.setContent(docOf(s.body), { emitUpdate: false })
    setSave({ kind: 'saved', at: null })
  }, [])

  const retry = useRef<() => void>(() => undefined)
  const retryLater = () => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      timer.current = undefined
      retry.current()
    }, RETRY_MS)
  }

  /**
   * Someone saved first. When they and this screen changed different fields (a desk move on the board, a tag while
   * the text was written), both go in without asking. When the same field changed on both sides, this text is kept
   * as a revision and both texts are shown.
   */
  const settleConflict = useCallback(
    async (mine: StoryFields, base: StoryFields): Promise<void> => {
      const theirs = await newsroomApi.story(id)
      const ours = changedKeys(base, mine)
      const theirsChanged = changedKeys(base, fieldsOf(theirs))
      if (!ours.some((k) => theirsChanged.includes(k))) {
        try {
          const merged = await newsroomApi.saveStory(id, theirs.version, pick(mine, ours))
          const typedSince = !same(current(), mine)
          if (!typedSince) load(merged)
          else {
            // Their fields come onto the screen; what was typed since stays, and is saved next.
            const next = fieldsOf(merged)
            const { body, headline: h, summary: su, ...rest } = pick(next, theirsChanged)
            fields.current = {
              ...fields.current,
              ...rest,
              ...(h !== undefined ? { headline: h } : {}),
              ...(su !== undefined ? { summary: su } : {}),
            }
            if (h !== undefined) setHeadline(h)
            if (su !== undefined) setSummary(su)
            setDetailsState(sentDetails(fields.current))
            if (body) live()?.commands.setContent(docOf(body), { emitUpdate: false })
            version.current = merged.version
            saved.current = next
            setShown(merged)
          }
          setSave(typedSince ? { kind: 'dirty' } : { kind: 'saved', at: new Date() })
          onSaved()
          return
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 409)) throw error
          // They saved yet again: fall through and show both.
        }
      }
      const kept = await newsroomApi.keepUnsaved(id, mine, `conflict: ${user.name}'s text`).then(
        () => true,
        () => false,
      )
      setConflict({ mine, base, theirs: await newsroomApi.story(id), kept })
      setSave({ kind: 'dirty' })
    },
    [id, current, load, onSaved, user.name],
  )

  /**
   * Saves what is on screen (or `snapshot`, taken by a screen being left before the editor goes), based on the
   * version it started from. One save at a time; a failure says why and, when the server could not be reached, tries
   * again in a while.
   */
  const saveNow = useCallback(
    async (snapshot?: StoryFields): Promise<void> => {
      window.clearTimeout(timer.current)
      if (saving.current) await saving.current
      if (holdRef.current.kind !== 'editing' || conflictRef.current) return
      if (!snapshot && !live()) return
      const text = snapshot ?? current()
      const base = saved.current
      if (same(text, base)) {
        setSave((s) => (s.kind === 'saved' ? s : { kind: 'saved', at: new Date() }))
        return
      }
      setSave({ kind: 'saving' })
      const run = (async () => {
        try {
          const result = await newsroomApi.saveStory(id, version.current, text)
          version.current = result.version
          // The server places a story moved to another desk in its first stage: the form follows (unless the desk
          // or stage was changed again meanwhile). Everything else stays as typed: the server trims names, and a
          // space typed before a pause must not vanish under the cursor.
          const placed = { deskId: result.deskId, stageId: result.stageId }
          if (fields.current.deskId === text.deskId && fields.current.stageId === text.stageId) {
            fields.current = { ...fields.current, ...placed }
            setDetailsState((d) => ({ ...d, ...placed }))
          }
          saved.current = { ...text, ...placed }
          setShown(result)
          setFieldErrors({})
          setSave(same(current(), saved.current) ? { kind: 'saved', at: new Date() } : { kind: 'dirty' })
          onSaved()
        } catch (error) {
          if (error instanceof ApiError && error.status === 409) {
            try {
              await settleConflict(text, base)
            } catch (failure) {
              setSave({ kind: 'error', message: errorMessage(failure) })
              retryLater()
            }
            return
          }
          // Say so; a server that could not be reached is tried again in a while, refused text on the next change.
          setSave({ kind: 'error', message: errorMessage(error) })
          if (error instanceof ApiError && error.fields.length)
            setFieldErrors(Object.fromEntries(error.fields.map((f) => [f.path, f.message])))
          const refused = error instanceof ApiError && error.status >= 400 && error.status < 500
          if (!refused) retryLater()
        }
      })()
      saving.current = run
      try {
        await run
      } finally {
        saving.current = null
      }
    },
    [current, id, onSaved, settleConflict],
  )

  useEffect(() => {
    retry.current = () => void saveNow()
  })

  const changed = useCallback(() => {
    if (holdRef.current.kind !== 'editing') return
    setSave({ kind: 'dirty' })
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      timer.current = undefined
      void saveNow()
    }, AUTOSAVE_MS)
  }, [saveNow])

  useEffect(() => {
    if (!editor) return
    const onUpdate = () => {
      if (!same(current(), saved.current)) changed()
    }
    editor.on('update', onUpdate)
    return () => {
      editor.off('update', onUpdate)
    }
  }, [editor, changed, current])

  /**
   * Asks for (or keeps) the editor; reacts when it was taken away. One at a time: opening a story announces itself
   * and hears its own change, and two answers acted on together would each load the story over what was typed.
   */
  const announcing = useRef<Promise<void> | null>(null)
  const announceOnce = useCallback(
    async (takeOver = false) => {
      const before = holdRef.current
      let answer
      try {
        answer = await newsroomApi.presence(id, { editing: true, takeOver })
      } catch {
        return
      }
      const by = answer.editingBy && !answer.youEdit ? answer.editingBy.name : null
      if (answer.youEdit) {
        if (before.kind !== 'editing') {
          // Read-only until now: start from the story as it stands.
          load(await newsroomApi.story(id))
          setHold({ kind: 'editing' })
          holdRef.current = { kind: 'editing' }
        }
        return
      }
      if (before.kind === 'editing') {
        window.clearTimeout(timer.current)
        timer.current = undefined
        holdRef.current = { kind: 'lost', by, kept: false, unsaved: false }
        const text = current()
        const unsaved = !same(text, saved.current)
        const kept =
          unsaved &&
          (await newsroomApi.keepUnsaved(id, text, 'taken over').then(
            () => true,
            () => false,
          ))
        setHold({ kind: 'lost', by, kept, unsaved })
        holdRef.current = { kind: 'lost', by, kept, unsaved }
        // Text that could not be kept stays on screen (read-only) to be copied; otherwise the story as it stands.
        if (!unsaved || kept) load(await newsroomApi.story(id))
      } else if (before.kind !== 'lost') {
        setHold({ kind: 'reading', by })
        holdRef.current = { kind: 'reading', by }
      }
    },
    [id, load, current],
  )
  const announce = useCallback(
    (takeOver = false): Promise<void> => {
      const run = (announcing.current ?? Promise.resolve()).then(() => announceOnce(takeOver))
      const settled = run.catch(() => undefined)
      announcing.current = settled
      void settled.then(() => {
        if (announcing.current === settled) announcing.current = null
      })
      return run
    },
    [announceOnce],
  )

  // Presence: now, every 20 s, and gone on leaving.
  const latest = useRef({ announce, saveNow, current })
  useEffect(() => {
    latest.current = { announce, saveNow, current }
  })
  useEffect(() => {
    void latest.current.announce()
    const beat = window.setInterval(() => void latest.current.announce(), HEARTBEAT_MS)
    const leave = () => void newsroomApi.leave(id).catch(() => undefined)
    window.addEventListener('pagehide', leave)
    return () => {
      window.clearInterval(beat)
      window.removeEventListener('pagehide', leave)
      // The editor is still there now (it goes a moment after): take the text before any save in flight ends.
      const { current: text, saveNow: flush } = latest.current
      if (holdRef.current.kind === 'editing') {
        const snapshot = text()
        if (!same(snapshot, saved.current)) void flush(snapshot)
      }
      leave()
    }
  }, [id])

  // A change to this story (a take-over, someone else's save): check the hold; a reader sees the new text.
  useLiveRefresh(
    (key) => key === `article:${id}`,
    () => void announce(),
  )
  useEffect(() => {
    if (holdRef.current.kind !== 'editing' && story.version !== version.current) load(story)
  }, [story, load])

  const editable = hold.kind === 'editing' && !conflict
  useEffect(() => {
    editor?.setEditable(editable, false)
  }, [editor, editable])

  // Ctrl/Cmd+S saves now; leaving with unsaved text asks first.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault()
        void saveNow()
      }
    }
    const onLeave = (event: BeforeUnloadEvent) => {
      if (holdRef.current.kind === 'editing' && !same(current(), saved.current)) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('beforeunload', onLeave)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('beforeunload', onLeave)
    }
  }, [saveNow, current])

  const useMine = async () => {
    if (!conflict) return
    setBusy(true)
    try {
      // Only what this screen changed goes in: their changes to other fields (a desk move) stay.
      const patch = pick(conflict.mine, changedKeys(conflict.base, conflict.mine))
      const result = await newsroomApi.saveStory(id, conflict.theirs.version, patch)
      load(result)
      setConflict(null)
      setSave({ kind: 'saved', at: new Date() })
      onSaved()
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        // They saved again meanwhile: show their newest text.
        const theirs = await newsroomApi.story(id).catch(() => conflict.theirs)
        setConflict({ ...conflict, theirs })
        setSave({ kind: 'error', message: 'They saved again: look at their newest text, then choose' })
      } else setSave({ kind: 'error', message: errorMessage(error) })
    } finally {
      setBusy(false)
    }
  }
  const keepTheirs = () => {
    if (!conflict) return
    load(conflict.theirs)
    setConflict(null)
  }

  const setDetails = useCallback(
    (patch: Partial<StoryDetails>) => {
      fields.current = { ...fields.current, ...patch }
      setDetailsState((d) => ({ ...d, ...patch }))
      if (!same(current(), saved.current)) changed()
    },
    [changed, current],
  )
  const flush = useCallback(async () => {
    await saveNow()
    return holdRef.current.kind === 'editing' && !conflictRef.current && same(current(), saved.current)
  }, [saveNow, current])
  const adopt = useCallback(
    (s: Story) => {
      load(s)
      setSave({ kind: 'saved', at: new Date() })
      onSaved()
    },
    [load, onSaved],
  )

  const setField = (name: 'headline' | 'summary', value: string) => {
    fields.current = { ...fields.current, [name]: value }
    if (name === 'headline') setHeadline(value)
    else setSummary(value)
    if (!same(current(), saved.current)) changed()
  }

  const workspace: Workspace = {
    story: shown,
    editable,
    details,
    setDetails,
    fieldErrors,
    flush,
    version: () => version.current,
    adopt,
  }

  return (
    <div className="story-layout">
      <article className="story-main">
        <div className="story-editor">
          <div className="editor-bar">
            {editor && <Toolbar editor={editor} disabled={!editable} />}
            <div className="editor-state">{hold.kind === 'editing' && <SaveStatus state={save} />}</div>
          </div>
          {hold.kind === 'reading' && (
            <div className="hold-notice" role="status">
              <span>{hold.by ? `${hold.by} is editing` : 'Someone else is editing'}: you are reading.</span>
              <button type="button" className="button small" onClick={() => void announce(true)}>
                Take over
              </button>
            </div>
          )}
          {hold.kind === 'lost' && (
            <div className="hold-notice lost" role="alert">
              <span>
                {hold.by ?? 'Someone else'} took over the story.
                {hold.kept
                  ? ' Your unsaved text was kept as a revision.'
                  : hold.unsaved
                    ? ' Your last changes could not be kept as a revision: they are still below, to copy.'
                    : ''}
              </span>
              <button type="button" className="button small" onClick={() => void announce(true)}>
                Take over
              </button>
            </div>
          )}
          {conflict && (
            <ConflictView
              conflict={conflict}
              busy={busy}
              onUseMine={() => void useMine()}
              onKeepTheirs={keepTheirs}
            />
          )}
          <div className="writing">
            <label className="visually-hidden" htmlFor="story-headline">
              Headline
            </label>
            <textarea
              id="story-headline"
              className="headline-input"
              rows={1}
              value={headline}
              placeholder="Headline"
              readOnly={!editable}
              onChange={(e) => setField('headline', e.target.value.replace(/\n/g, ' '))}
            />
            <label className="visually-hidden" htmlFor="story-summary">
              Summary
            </label>
            <textarea
              id="story-summary"
              className="summary-input"
              rows={2}
              value={summary}
              placeholder="Summary: one or two sentences for lists and search results"
              readOnly={!editable}
              onChange={(e) => setField('summary', e.target.value)}
            />
            <EditorContent editor={editor} className={editable ? 'body-editor' : 'body-editor read-only'} />
          </div>
        </div>
      </article>
      {side(workspace)}
    </div>
  )
}
