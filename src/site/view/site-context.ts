import type { Section } from '../../core/section.ts'
import type { Settings } from '../../core/settings.ts'

/** What every page shows around its content: the settings, the sections for the navigation, and "now". */
export interface SiteContext {
  settings: Settings
  sections: Section[]
  now: Date
}

export interface SocialImage {
  url: string
  width: number
  height: number
  alt: string
}

/** The page's head: title, description, canonical address, social cards and structured data. */
export interface HeadMeta {
  title: string
  description: string
  canonicalPath: string
  type: 'website' | 'article'
  image?: SocialImage | undefined
  /** Extra Open Graph `article:*` properties, in order. */
  articleProperties?: [string, string][]
  jsonLd?: object[]
  language?: string
  /** Pages that are not content (not found, removed) ask search engines to leave them out. */
  noindex?: boolean
}
