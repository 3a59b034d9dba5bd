import { useRef, useState, type FormEvent } from 'react'
import { ApiError, errorMessage } from '../api/client.ts'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { Desk } from '../api/types.ts'
import { navigate, paths } from '../app/router.tsx'

/**
 * "New story": asks only for the headline (a story cannot be without one), puts it on this desk, and opens it in
 * the editor. Everything else is written there.
 */
export function NewStoryButton({ desk }: { desk: Desk }) {
  const ref = useRef<HTMLDialogElement>(null)
  const [headline, setHeadline] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const create = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const story = await newsroomApi.createStory({ headline, deskId: desk.id })
      ref.current?.close()
      navigate(paths.story(story.id))
    } catch (error) {
      const field = error instanceof ApiError ? error.fields.find((f) => f.path === 'headline') : undefined
      setProblem(field ? `Headline ${field.message}` : errorMessage(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button
        type="button"
        className="button primary"
        onClick={() => {
          setHeadline('')
          setProblem(null)
          ref.current?.showModal()
        }}
      >
        New story
      </button>
      <dialog ref={ref} className="new-story-dialog" aria-labelledby="new-story-title">
        <form onSubmit={(e) => void create(e)}>
          <h2 id="new-story-title">New story on {desk.name}</h2>
          <div className="field">
            <label htmlFor="new-story-headline">Headline</label>
            <input
              id="new-story-headline"
              value={headline}
              required
              maxLength={300}
              autoComplete="off"
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? 'new-story-problem' : undefined}
              onChange={(e) => setHeadline(e.target.value)}
            />
          </div>
          {problem && (
            <p id="new-story-problem" className="form-error" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog-buttons">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? 'Creating…' : 'Create and write'}
            </button>
            <button type="button" className="button" onClick={() => ref.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  )
}
