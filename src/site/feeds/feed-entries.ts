import type { Article } from '../../core/article.ts'
import { bylineText } from '../../core/article.ts'
import type { Asset } from '../../core/asset.ts'
import { bodyAssetIds } from '../../core/blocks.ts'
import type { Store } from '../../core/ports.ts'
import type { Section } from '../../core/section.ts'
import { absoluteUrl, articlePath } from '../urls.ts'
import { feedBodyHtml } from './feed-body.tsx'

export const FEED_LENGTH = 30

/** One story as every feed format needs it. */
export interface FeedEntry {
  article: Article
  section: Section | null
  url: string
  /** A stable id: a tag URI (RFC 4151) from the site's host, the first publication date and the story id. */
  id: string
  byline: string
  html: string
  lead: Asset | null
}

export function tagUri(
  siteUrl: string,
  article: Pick<Article, 'id' | 'firstPublishedAt' | 'createdAt'>,
): string {
  const host = new URL(siteUrl).hostname
  const day = (article.firstPublishedAt ?? article.createdAt).slice(0, 10)
  return `tag:${host},${day}:article/${article.id}`
}

/** The latest published stories (of a section, or of the whole site) with their bodies and pictures. */
export async function loadFeedEntries(
  store: Store,
  options: { siteUrl: string; sections: readonly Section[]; sectionId?: number },
): Promise<FeedEntry[]> {
  const summaries = await store.articles.listPublished({
    limit: FEED_LENGTH,
    ...(options.sectionId !== undefined ? { sectionId: options.sectionId } : {}),
  })
  const byId = new Map((await store.articles.getMany(summaries.map((s) => s.id))).map((a) => [a.id, a]))
  const articles = summaries.flatMap((s) => (byId.has(s.id) ? [byId.get(s.id)!] : []))
  const assetIds = articles.flatMap((a) => [
    ...(a.leadImage ? [a.leadImage.assetId] : []),
    ...bodyAssetIds(a.body),
  ])
  const assets = new Map((await store.assets.getMany(assetIds)).map((x) => [x.id, x]))
  const sections = new Map(options.sections.map((s) => [s.id, s]))
  return articles.map((article) => {
    const section = article.sectionId !== null ? (sections.get(article.sectionId) ?? null) : null
    return {
      article,
      section,
      url: absoluteUrl(options.siteUrl, articlePath(article, section)),
      id: tagUri(options.siteUrl, article),
      byline: bylineText(article.contributors),
      html: feedBodyHtml(article.body, assets, options.siteUrl),
      lead: article.leadImage ? (assets.get(article.leadImage.assetId) ?? null) : null,
    }
  })
}
