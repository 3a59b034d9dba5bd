import type { Section } from '../../core/section.ts'
import { sectionPath } from '../urls.ts'
import type { SiteContext } from './site-context.ts'
import { TeaserView, type ListedStory } from './teaser-view.tsx'

export interface SectionViewProps {
  ctx: SiteContext
  section: Section
  stories: ListedStory[]
  page: number
  hasMore: boolean
}

/** A section's latest stories, newest first, with paging. */
export function SectionView({ ctx, section, stories, page, hasMore }: SectionViewProps) {
  return (
    <>
      <h1 class="page-title">
        {section.name}
        {page > 1 && <span class="meta"> · page {page}</span>}
      </h1>
      {stories.length === 0 ? (
        <p>No stories in this section yet.</p>
      ) : (
        <ul class="story-list">
          {stories.map((story, i) => (
            <li>
              <TeaserView
                story={story}
                zone={ctx.settings.timeZone}
                sizes="(min-width: 48rem) 15rem, 100vw"
                priority={i === 0}
                eager={i < 3}
              />
            </li>
          ))}
        </ul>
      )}
      <nav class="pager" aria-label="Pages">
        <span>{page > 1 && <a href={sectionPath(section, page - 1)}>← Newer stories</a>}</span>
        <span>{hasMore && <a href={sectionPath(section, page + 1)}>Older stories →</a>}</span>
      </nav>
    </>
  )
}
