import type { ArticleSummary } from '../core/ports.ts'
import type { Section } from '../core/section.ts'
import type { Rendition } from '../core/asset.ts'

/** Stories outside any section live under this prefix. */
export const UNSECTIONED = 'news'

/**
 * A story's address: `/{section}/{id}/{slug}`. The id makes it stable; a changed slug or section redirects to the
 * current address, so old links keep working.
 */
export function articlePath(
  article: Pick<ArticleSummary, 'id' | 'slug'>,
  section: Pick<Section, 'slug'> | null,
): string {
  return `/${section?.slug ?? UNSECTIONED}/${article.id}/${encodeURIComponent(article.slug)}`
}

export const sectionPath = (section: Pick<Section, 'slug'>, page = 1) =>
  page > 1 ? `/${section.slug}?page=${page}` : `/${section.slug}`

export const frontPath = (page = 1) => (page > 1 ? `/?page=${page}` : '/')

export const renditionPath = (r: Pick<Rendition, 'key'>) => `/media/${r.key}`

export const absoluteUrl = (siteUrl: string, path: string) => `${siteUrl}${path}`
