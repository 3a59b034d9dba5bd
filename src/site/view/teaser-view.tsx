import type { Asset } from '../../core/asset.ts'
import type { ArticleSummary } from '../../core/ports.ts'
import type { Section } from '../../core/section.ts'
import { formatListDate, toZonedIso } from '../../core/time-format.ts'
import { articlePath, sectionPath } from '../urls.ts'
import { Picture } from './picture.tsx'

/** A story in a list, as a list needs it: the summary row, its section and its lead picture. */
export interface ListedStory {
  article: ArticleSummary
  section: Section | null
  asset: Asset | null
}

export interface TeaserProps {
  story: ListedStory
  zone: string
  variant?: 'lead' | 'standard' | 'compact'
  /** Show the picture (the lead and list items do; compact headline lists do not). */
  picture?: boolean
  sizes?: string
  eager?: boolean
  priority?: boolean
  showSection?: boolean
  /** The headline's level in the outline: 2 right under the page's h1; by default 2 for the lead, 3 for the rest. */
  level?: 2 | 3
}

export function TeaserView(props: TeaserProps) {
  const { article, section, asset } = props.story
  const variant = props.variant ?? 'standard'
  const Heading = `h${props.level ?? (variant === 'lead' ? 2 : 3)}` as 'h2' | 'h3'
  const href = articlePath(article, section)
  const when = article.firstPublishedAt
  const showPicture = props.picture !== false && asset && article.leadImage
  return (
    <div class={`teaser teaser--${variant}${showPicture ? ' teaser--picture' : ''}`} lang={article.language}>
      {showPicture && (
        <a href={href} tabindex={-1} aria-hidden="true">
          <Picture
            asset={asset}
            crop="16x9"
            alt=""
            sizes={props.sizes ?? '(min-width: 48rem) 22rem, 100vw'}
            eager={props.eager ?? false}
            priority={props.priority ?? false}
          />
        </a>
      )}
      <div class="teaser-text">
        {props.showSection && section && (
          <p class="kicker">
            <a href={sectionPath(section)}>{section.name}</a>
          </p>
        )}
        <Heading>
          <a href={href}>{article.headline}</a>
        </Heading>
        {variant !== 'compact' && article.summary && <p class="summary">{article.summary}</p>}
        {when && (
          <p class="meta">
            <time datetime={toZonedIso(when, props.zone)}>{formatListDate(when, props.zone)}</time>
          </p>
        )}
      </div>
    </div>
  )
}
