import { lazy, Suspense } from 'react'
import type { Story } from '../api/types.ts'
import { Link, paths } from '../app/router.tsx'
import { useLiveRefresh } from '../live/use-live-refresh.tsx'
import { PageHeading } from '../ui/page-heading.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { useResource } from '../ui/use-resource.ts'
import { newsroomApi } from '../api/newsroom-api.ts'

// Tiptap and ProseMirror are most of the editor's weight: they load with the first story opened, not with the desk,
// and the side column (details, actions, preview) with them.
const StoryWorkspace = lazy(() =>
  Promise.all([import('./story-editor.tsx'), import('./story-side.tsx')]).then(([editor, side]) => ({
    default: (props: { story: Story; onSaved(): void }) => (
      <editor.StoryEditor {...props} side={(ws) => <side.StorySide ws={ws} />} />
    ),
  })),
)

/** One story: its text in the story editor; its state, actions, details and preview in the column beside it. */
export function StoryPage({ id }: { id: number }) {
  const story = useResource(() => newsroomApi.story(id), [id])
  const deskKey = story.data?.deskId != null ? `desk:${story.data.deskId}` : null
  useLiveRefresh((key) => key === `article:${id}` || key === deskKey, story.reload)

  if (!story.data) {
    return (
      <div className="page narrow">
        {story.error ? (
          <>
            <PageHeading>Story {id}</PageHeading>
            <LoadError error={story.error} onRetry={story.reload} />
          </>
        ) : (
          <Loading label="Loading the story" />
        )}
      </div>
    )
  }
  const s = story.data
  return (
    <div className="page story-page">
      <p className="crumbs">
        <Link href={s.deskId !== null ? paths.desk(s.deskId) : paths.dashboard}>Back to the desk</Link>
        <Link href={paths.history(s.id)}>History</Link>
      </p>
      <PageHeading className="visually-hidden">{s.headline || `Story ${s.id}`}</PageHeading>
      <Suspense fallback={<Loading label="Loading the editor" />}>
        <StoryWorkspace key={s.id} story={s} onSaved={story.reload} />
      </Suspense>
    </div>
  )
}
