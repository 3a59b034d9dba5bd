import type { Asset } from '../../core/asset.ts'
import { bylineText, workingCopy, type Article } from '../../core/article.ts'
import type { Section } from '../../core/section.ts'
import type { SiteContext } from '../view/site-context.ts'
import { bodyAssetIds } from '../../core/blocks.ts'
import { cacheKeys } from '../../core/cache-keys.ts'
import type { Store } from '../../core/ports.ts'
import { toZonedIso } from '../../core/time-format.ts'
import type { RenderedPage } from '../cache/rendered-page.ts'
import { breadcrumbJsonLd, largestJpegOf, newsArticleJsonLd } from '../structured-data.ts'
import { absoluteUrl, articlePath, renditionPath, sectionPath } from '../urls.ts'
import { ArticleView } from '../view/article-view.tsx'
import { LayoutView } from '../view/layout-view.tsx'
import { NoticeView } from '../view/notice-view.tsx'
import { chromeKeys, expiresAtMidnight, loadContext } from './site-loader.ts'
import { renderDocument } from './render-document.ts'

export interface ArticleAddress {
  sectionSlug: string
  id: number
  slug: string | null
}

/**
 * The page for a story address: the story when published; 410 Gone when it was taken off the site; a redirect when
 * the address is an old one (changed slug or section); null (404) when there is no such public story.
 */
export async function renderArticlePage(
  store: Store,
  address: ArticleAddress,
  now: Date,
): Promise<RenderedPage | null> {
  const article = await store.articles.get(address.id)
  if (!article || article.status === 'draft' || !article.firstPublishedAt) return null
  const ctx = await loadContext(store, now)
  const keys = [...chromeKeys, cacheKeys.article(article.id)]

  if (article.status !== 'published') {
    const html = renderDocument(
      <LayoutView
        ctx={ctx}
        meta={{
          title: `Story removed | ${ctx.settings.siteName}`,
          description: 'This story is no longer available.',
          canonicalPath: '/',
          noindex: true,
          type: 'website',
        }}
      >
        <NoticeView title="This story has been removed">
          <p>It is no longer available on {ctx.settings.siteName}.</p>
        </NoticeView>
      </LayoutView>,
    )
    return { status: 410, html, keys, expiresAt: expiresAtMidnight(ctx) }
  }

  const section = ctx.sections.find((s) => s.id === article.sectionId) ?? null
  const path = articlePath(article, section)
  const requested = `/${address.sectionSlug}/${address.id}/${address.slug === null ? '' : encodeURIComponent(address.slug)}`
  if (requested !== path) {
    return { status: 301, html: '', keys, headers: { location: path }, cacheable: false }
  }

  return storyPage(store, ctx, article, section, path)
}

/** What a newsroom preview shows: a story not yet public, a public story's waiting changes, or the story as it is. */
type PreviewOf = 'draft' | 'update' | 'live'

const PREVIEW_BANNERS: Record<PreviewOf, string> = {
  draft: 'Preview: this is how the story will look to readers. It is not published.',
  update:
    'Preview: this is how the story will look once its changes are published. Readers still see the version before.',
  live: 'Preview: this is the story as readers see it now.',
}

/** The page of a story readers can see (or, for a preview, would see) at `path`. */
async function storyPage(
  store: Store,
  ctx: SiteContext,
  article: Article,
  section: Section | null,
  path: string,
  preview: PreviewOf | null = null,
): Promise<RenderedPage> {
  const keys = [...chromeKeys, cacheKeys.article(article.id)]
  const desk = article.deskId !== null ? await store.desks.get(article.deskId) : null
  const corrections = await store.corrections.list(article.id)
  const assetIds = [...(article.leadImage ? [article.leadImage.assetId] : []), ...bodyAssetIds(article.body)]
  const assets = new Map<number, Asset>((await store.assets.getMany(assetIds)).map((a) => [a.id, a]))
  const canonicalUrl = absoluteUrl(ctx.settings.siteUrl, path)
  const lead = article.leadImage && assets.get(article.leadImage.assetId)
  // Social cards are wide: the 16:9 crop keeps the focal point where the card's own crop would lose it.
  const leadJpeg = lead && largestJpegOf(lead, '16x9')
  const zone = ctx.settings.timeZone
  const published = article.firstPublishedAt ?? article.modifiedAt
  const updated = article.updatedAt ?? published

  const html = renderDocument(
    <LayoutView
      ctx={ctx}
      current={section?.id}
      meta={{
        title: `${article.headline} | ${ctx.settings.siteName}`,
        description: article.summary || article.headline,
        canonicalPath: path,
        type: 'article',
        language: article.language,
        ...(preview ? { noindex: true } : {}),
        image:
          leadJpeg && article.leadImage
            ? {
                url: absoluteUrl(ctx.settings.siteUrl, renditionPath(leadJpeg)),
                width: leadJpeg.width,
                height: leadJpeg.height,
                alt: article.leadImage.alt || article.leadImage.caption,
              }
            : undefined,
        articleProperties: [
          ['article:published_time', toZonedIso(published, zone)],
          ['article:modified_time', toZonedIso(updated, zone)],
          ...(section ? [['article:section', section.name] as [string, string]] : []),
          ...(bylineText(article.contributors)
            ? [['article:author', bylineText(article.contributors)] as [string, string]]
            : []),
          ...article.tags.map((t) => ['article:tag', t] as [string, string]),
        ],
        jsonLd: [
          newsArticleJsonLd({
            article,
            corrections,
            desk,
            section,
            assets,
            settings: ctx.settings,
            canonicalUrl,
          }),
          breadcrumbJsonLd(ctx.settings, [
            ...(section ? [{ name: section.name, path: sectionPath(section) }] : []),
            { name: article.headline, path },
          ]),
        ],
      }}
    >
      {preview && (
        <p class="preview-banner" role="status">
          {PREVIEW_BANNERS[preview]}
        </p>
      )}
      <ArticleView
        ctx={ctx}
        article={article}
        corrections={corrections}
        desk={desk}
        section={section}
        assets={assets}
      />
    </LayoutView>,
  )
  return {
    status: 200,
    html,
    keys: [...keys, ...(desk ? [cacheKeys.desk(desk.id)] : []), ...[...assets.keys()].map(cacheKeys.asset)],
    expiresAt: expiresAtMidnight(ctx),
  }
}

/**
 * A story as readers would see it once published: a draft, or a published story with its pending update. For the
 * newsroom's preview: marked as such, never indexed, never cached. An unpublished story takes `now` as its time.
 */
export async function renderStoryPreview(store: Store, article: Article, now: Date): Promise<string> {
  const ctx = await loadContext(store, now)
  const at = now.toISOString()
  const story: Article = {
    ...article,
    ...workingCopy(article),
    status: 'published',
    firstPublishedAt: article.firstPublishedAt ?? at,
    updatedAt: article.pending ? at : article.updatedAt,
  }
  const section = ctx.sections.find((s) => s.id === story.sectionId) ?? null
  const of: PreviewOf = article.status !== 'published' ? 'draft' : article.pending ? 'update' : 'live'
  return (await storyPage(store, ctx, story, section, articlePath(story, section), of)).html
}
