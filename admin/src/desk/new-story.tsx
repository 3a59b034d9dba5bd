import { useRef, useState } from 'react'
import { ApiError, errorMessage } from '../api/client.ts'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { Desk } from '../api/types.ts'
import { navigate, paths } from '../app/router.tsx'
import { ActionDialog } from '../ui/action-dialog.tsx'

/**
 * "New story": asks only for the headline (a story cannot be without one), puts it on this desk, and opens it in
 * the editor. Everything else is written there.
 */
export function NewStoryButton({ desk }: { desk: Desk }) {
  const [asking, setAsking] = useState(false)
  const [headline, setHeadline] = useState('')
  // Read as the dialog closes, in the same moment the story is made: a ref, not state a render behind.
  const created = useRef<number | null>(null)
  return (
    <>
      <button
        type="button"
        className="button primary"
        onClick={() => {
          setHeadline('')
          setAsking(true)
        }}
      >
        New story
      </button>
      {asking && (
        <ActionDialog
          title={`New story on ${desk.name}`}
          submitLabel="Create and write"
          busyLabel="Creating…"
          ready={headline.trim() !== ''}
          run={async () => {
            created.current = (await newsroomApi.createStory({ headline, deskId: desk.id })).id
          }}
          problemOf={(error) => {
            const field =
              error instanceof ApiError ? error.fields.find((f) => f.path === 'headline') : undefined
            return field ? `Headline ${field.message}` : errorMessage(error)
          }}
          onClose={(done) => {
            setAsking(false)
            if (done && created.current !== null) navigate(paths.story(created.current))
          }}
        >
          <div className="field">
            <label htmlFor="new-story-headline">Headline</label>
            <input
              id="new-story-headline"
              value={headline}
              required
              maxLength={300}
              autoComplete="off"
              onChange={(e) => setHeadline(e.target.value)}
            />
          </div>
        </ActionDialog>
      )}
    </>
  )
}
