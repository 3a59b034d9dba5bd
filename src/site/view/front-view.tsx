import type { Section } from '../../core/section.ts'
import { sectionPath } from '../urls.ts'
import type { SiteContext } from './site-context.ts'
import { TeaserView, type ListedStory } from './teaser-view.tsx'

export interface FrontViewProps {
  ctx: SiteContext
  lead: ListedStory | null
  leadMore: ListedStory[]
  top: ListedStory[]
  latest: ListedStory[]
  sectionBlocks: { section: Section; stories: ListedStory[] }[]
}

/** The front page: the lead story, the next ones beside it, the latest, then a block per section. No story twice. */
export function FrontView({ ctx, lead, leadMore, top, latest, sectionBlocks }: FrontViewProps) {
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
            priority
            showSection
          />
          {leadMore.length > 0 && (
            <ul class="headline-list lead-more">
              {leadMore.map((story) => (
                <li>
                  <TeaserView story={story} zone={zone} picture={false} showSection />
                </li>
              ))}
            </ul>
          )}
        </div>
        <div class="front-side">
          {top.map((story, i) => (
            <TeaserView
              eager={i < 2}
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
                sizes="(min-width: 48rem) 16rem, 6.5rem"
                showSection
              />
            ))}
          </div>
        </section>
      )}
      {sectionBlocks.length > 0 && (
        <div class="section-grid">
          {sectionBlocks.map(({ section, stories }) => {
            const [first, ...rest] = stories
            if (!first) return null
            return (
              <section class="section-card" aria-labelledby={`s-${section.slug}`}>
                <h2 class="section-title" id={`s-${section.slug}`}>
                  <a href={sectionPath(section)}>{section.name}</a>
                </h2>
                <TeaserView
                  story={first}
                  zone={zone}
                  sizes="(min-width: 72rem) 22rem, (min-width: 48rem) 45vw, 100vw"
                />
                {rest.length > 0 && (
                  <ul class="headline-list">
                    {rest.map((story) => (
                      <li>
                        <TeaserView story={story} zone={zone} variant="compact" picture={false} />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            )
          })}
        </div>
      )}
    </>
  )
}
