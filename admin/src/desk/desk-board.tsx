import type { Desk } from '../api/types.ts'
import { useNow } from '../ui/use-now.ts'
import { boardColumns, type BoardStories } from './board-columns.ts'
import { StoryCard } from './story-card.tsx'

/** The stage columns of one desk and its output column. A board wider than the screen scrolls sideways. */
export function DeskBoard({
  desk,
  stories,
  freshId,
}: {
  desk: Desk
  stories: BoardStories
  freshId: number | null
}) {
  const now = useNow()
  const columns = boardColumns(desk, stories)
  const hidden = stories.workingTotal - stories.working.length
  return (
    <>
      {hidden > 0 && (
        <p className="board-note">
          Showing the {stories.working.length} most recently changed of {stories.workingTotal} stories in
          progress.
        </p>
      )}
      <div className="board" role="group" aria-label={`${desk.name} stages`} tabIndex={0}>
        {columns.map((column) => (
          <section
            key={column.key}
            className={`column column-${column.key === 'out' ? 'out' : 'stage'}`}
            aria-labelledby={`col-${column.key}`}
          >
            <h3 className="column-title" id={`col-${column.key}`}>
              {column.title}
              <span className="count">
                {column.total > column.stories.length
                  ? `${column.stories.length} of ${column.total}`
                  : column.total}
                <span className="visually-hidden"> {column.total === 1 ? 'story' : 'stories'}</span>
              </span>
            </h3>
            {column.stories.length ? (
              <ol className="cards">
                {column.stories.map((story) => (
                  <li key={story.id}>
                    <StoryCard
                      story={story}
                      now={now}
                      fresh={story.id === freshId}
                      compact={column.key === 'out' && story.state === 'published'}
                    />
                  </li>
                ))}
              </ol>
            ) : (
              <p className="column-empty">{column.key === 'out' ? 'Nothing published yet' : 'No stories'}</p>
            )}
          </section>
        ))}
      </div>
    </>
  )
}
