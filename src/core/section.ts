import { z } from 'zod'

/** A section of the site ("World", "Sport"), with its own page and place in the navigation. */
export interface Section {
  id: number
  name: string
  slug: string
  /** Order in the navigation, lowest first. */
  position: number
}

/** Top-level paths the site uses for itself; a section may not take them. */
export const reservedSectionSlugs = new Set([
  'admin',
  'api',
  'assets',
  'media',
  'feed',
  'feeds',
  'rss',
  'atom',
  'search',
  'sitemap',
  'sitemaps',
  'tag',
  'tags',
  'topic',
  'topics',
  'author',
  'authors',
  'byline',
  'archive',
  'page',
  'news',
  'static',
  'well-known',
  'robots.txt',
  'favicon.ico',
  'healthz',
])

export const sectionInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens')
    .refine((s) => !reservedSectionSlugs.has(s), 'is reserved for the site itself')
    .optional(),
  position: z.number().int().default(0),
})
export type SectionInput = z.input<typeof sectionInputSchema>
