import { bylineText, type Article } from '../../core/article.ts'
import { slugify } from '../../core/slug.ts'
import type { Asset } from '../../core/asset.ts'
import type { Desk } from '../../core/desk.ts'
import type { Section } from '../../core/section.ts'
import { formatListDate, formatStamp, formatUpdateTime, toZonedIso } from '../../core/time-format.ts'
import type { Correction } from '../../core/newsroom-records.ts'
import { sectionPath } from '../urls.ts'
import { BlocksView, Caption } from './blocks-view.tsx'
import { Picture } from './picture.tsx'
import type { SiteContext } from './site-context.ts'

export interface ArticleViewProps {
  ctx: SiteContext
  article: Article
  corrections: readonly Correction[]
  desk: Desk | null
  section: Section | null
  assets: ReadonlyMap<number, Asset>
}

/** "Jane Roe and John Doe", each name a link to the byline's page. */
function BylineLinks({ contributors }: { contributors: Article['contributors'] }) {
  return (
    <span class="author">
      {contributors.map((c, i) => (
        <>
          {i > 0 && (i === contributors.length - 1 ? ' and ' : ', ')}
          <a href={`/author/${encodeURIComponent(slugify(c.name))}`}>{c.name}</a>
        </>
      ))}
    </span>
  )
}

/**
 * A story as the paper prints it: headline, desk and byline, the "Update:" time, the lead photo with caption and
 * credit, the body, the source, and the stamp of first publication in the paper's zone.
 */
export function ArticleView({ ctx, article, corrections, desk, section, assets }: ArticleViewProps) {
  const zone = ctx.settings.timeZone
  const byline = bylineText(article.contributors)
  const lead = article.leadImage
  const leadAsset = lead && assets.get(lead.assetId)
  const updated = article.updatedAt ?? article.firstPublishedAt
  return (
    <article class="story" lang={article.language}>
      <header>
        {section && (
          <p class="kicker">
            <a href={sectionPath(section)}>{section.name}</a>
          </p>
        )}
        <h1>{article.headline}</h1>
        {(desk || byline) && (
          <p class="story-byline">
            {desk && <span class="desk">{desk.name}</span>}
            {desk && ' | '}
            {byline && <BylineLinks contributors={article.contributors} />}
          </p>
        )}
        {updated && (
          <p class="story-updated">
            Update: <time datetime={toZonedIso(updated, zone)}>{formatUpdateTime(updated, zone)}</time>
          </p>
        )}
      </header>
      {lead && leadAsset && (
        <figure class="lead-figure">
          <Picture
            asset={leadAsset}
            alt={lead.alt || leadAsset.alt || lead.caption}
            sizes="(min-width: 48rem) 46rem, 100vw"
            priority
          />
          <Caption caption={lead.caption} credit={lead.credit} />
        </figure>
      )}
      <div class="story-body">
        <BlocksView body={article.body} assets={assets} datelinePlace={article.dateline?.place} />
      </div>
      {corrections.length > 0 && (
        <aside class="corrections" aria-label="Corrections">
          {corrections.map((c) => (
            <p>
              <strong>Correction</strong>{' '}
              <time datetime={toZonedIso(c.createdAt, zone)}>({formatListDate(c.createdAt, zone)})</time>:{' '}
              {c.note}
            </p>
          ))}
        </aside>
      )}
      <footer class="story-foot">
        {article.source && (
          <p class="story-source">
            Source:{' '}
            {article.source.url ? (
              <a href={article.source.url}>{article.source.name}</a>
            ) : (
              article.source.name
            )}
          </p>
        )}
        {article.firstPublishedAt && (
          <p class="story-stamp">
            <time datetime={toZonedIso(article.firstPublishedAt, zone)}>
              {formatStamp(article.firstPublishedAt, zone, ctx.settings.zoneLabel)}
            </time>
          </p>
        )}
        {article.tags.length > 0 && (
          <ul class="story-tags" aria-label="Tags">
            {article.tags.map((t) => (
              <li>
                <a href={`/tag/${encodeURIComponent(slugify(t))}`}>{t}</a>
              </li>
            ))}
          </ul>
        )}
      </footer>
    </article>
  )
}
