import type { SiteContext } from './site-context.ts'
import { TeaserView, type ListedStory } from './teaser-view.tsx'

export interface StoryListViewProps {
  ctx: SiteContext
  title: string
  kind?: string | undefined
  stories: ListedStory[]
  page: number
  hasMore: boolean
  pageHref: (page: number) => string
}

/** A list of stories (a section, tag, topic, byline or archive), newest first, with paging. */
export function StoryListView({ ctx, title, kind, stories, page, hasMore, pageHref }: StoryListViewProps) {
  return (
    <>
      {kind && <p class="kicker list-kind">{kind}</p>}
      <h1 class="page-title">
        {title}
        {page > 1 && <span class="meta"> · page {page}</span>}
      </h1>
      {stories.length === 0 ? (
        <p>No stories here yet.</p>
      ) : (
        <ul class="story-list">
          {stories.map((story, i) => (
            <li>
              <TeaserView
                story={story}
                zone={ctx.settings.timeZone}
                level={2}
                sizes={i === 0 ? '(min-width: 48rem) 15rem, 100vw' : '(min-width: 48rem) 15rem, 6.5rem'}
                priority={i === 0}
                eager={i < 3}
              />
            </li>
          ))}
        </ul>
      )}
      {(page > 1 || hasMore) && (
        <nav class="pager" aria-label="Pages">
          <span>{page > 1 && <a href={pageHref(page - 1)}>← Newer stories</a>}</span>
          <span>{hasMore && <a href={pageHref(page + 1)}>Older stories →</a>}</span>
        </nav>
      )}
    </>
  )
}
