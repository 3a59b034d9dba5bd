import type { Section } from '../core/section.ts'
import type { Rendition } from '../core/asset.ts'

export { articlePath, UNSECTIONED } from '../core/article-path.ts'

export const sectionPath = (section: Pick<Section, 'slug'>, page = 1) =>
  page > 1 ? `/${section.slug}?page=${page}` : `/${section.slug}`

export const frontPath = (page = 1) => (page > 1 ? `/?page=${page}` : '/')

export const renditionPath = (r: Pick<Rendition, 'key'>) => `/media/${r.key}`

export const absoluteUrl = (siteUrl: string, path: string) => `${siteUrl}${path}`
