import type { Section } from '../../core/section.ts'
import { sectionPath } from '../urls.ts'
import type { SiteContext } from './site-context.ts'
import { TeaserView, type ListedStory } from './teaser-view.tsx'

export interface FrontViewProps {
  ctx: SiteContext
  lead: ListedStory | null
  top: ListedStory[]
  latest: ListedStory[]
  sectionBlocks: { section: Section; stories: ListedStory[] }[]
}

/** The front page: the lead story, the next ones beside it, the latest, then a block per section. No story twice. */
export function FrontView({ ctx, lead, top, latest, sectionBlocks }: FrontViewProps) {
  const zone = ctx.settings.timeZone
  if (!lead) {
    return (
      <div class="notice">
        <h1 class="page-title">{ctx.settings.siteName}</h1>
        <p>No stories have been published yet.</p>
      </div>
    )
  }
  return (
    <>
      <h1 class="sr-only">{ctx.settings.siteName}: front page</h1>
      <section class="front-top" aria-label="Top stories">
        <div class="front-lead">
          <TeaserView
            story={lead}
            zone={zone}
            variant="lead"
            sizes="(min-width: 72rem) 46rem, (min-width: 48rem) 64vw, 100vw"
            eager
            showSection
          />
        </div>
        <div class="front-side">
          {top.map((story) => (
            <TeaserView
              story={story}
              zone={zone}
              sizes="(min-width: 72rem) 22rem, (min-width: 48rem) 30vw, 100vw"
              showSection
            />
          ))}
        </div>
      </section>
      {latest.length > 0 && (
        <section aria-labelledby="latest-title">
          <h2 class="section-title" id="latest-title">
            Latest
          </h2>
          <div class="grid">
            {latest.map((story) => (
              <TeaserView
                story={story}
                zone={zone}
                variant="compact"
                sizes="(min-width: 48rem) 16rem, 100vw"
                showSection
              />
            ))}
          </div>
        </section>
      )}
      {sectionBlocks.map(({ section, stories }) => {
        const [first, ...rest] = stories
        if (!first) return null
        return (
          <section aria-labelledby={`s-${section.slug}`}>
            <h2 class="section-title" id={`s-${section.slug}`}>
              <a href={sectionPath(section)}>{section.name}</a>
            </h2>
            <div class="section-block">
              <TeaserView
                story={first}
                zone={zone}
                sizes="(min-width: 72rem) 40rem, (min-width: 48rem) 56vw, 100vw"
              />
              <ul class="headline-list">
                {rest.map((story) => (
                  <li>
                    <TeaserView story={story} zone={zone} variant="compact" picture={false} />
                  </li>
                ))}
              </ul>
            </div>
          </section>
        )
      })}
    </>
  )
}
