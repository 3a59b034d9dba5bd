import type { Generated } from 'kysely'

/**
 * The tables as Kysely sees them. Times are RFC 3339 UTC strings to the code on both databases
 * (TEXT in SQLite, timestamptz in PostgreSQL, read back as strings by the dialect). JSON columns are TEXT on both.
 */
export interface Database {
  settings: SettingsTable
  sections: SectionsTable
  desks: DesksTable
  assets: AssetsTable
  articles: ArticlesTable
  wire_items: WireItemsTable
  content_changes: ContentChangesTable
}

export interface SettingsTable {
  key: string
  value: string
}

export interface SectionsTable {
  id: Generated<number>
  name: string
  slug: string
  position: number
  created_at: string
}

export interface DesksTable {
  id: Generated<number>
  name: string
  slug: string
  default_section_id: number | null
  created_at: string
}

export interface AssetsTable {
  id: Generated<number>
  kind: string
  storage_key: string
  mime_type: string
  width: number
  height: number
  bytes: number
  sha256: string
  caption: string
  credit: string
  alt: string
  source: string
  copyright: string
  focal_x: number
  focal_y: number
  renditions: string
  created_at: string
}

export interface ArticlesTable {
  id: Generated<number>
  slug: string
  headline: string
  summary: string
  body: string
  desk_id: number | null
  section_id: number | null
  contributors: string
  source: string | null
  lead_image: string | null
  dateline: string | null
  topics: string
  tags: string
  language: string
  status: string
  provenance: string | null
  provenance_uri: string | null
  first_published_at: string | null
  updated_at: string | null
  modified_at: string
  created_at: string
}

export interface WireItemsTable {
  id: Generated<number>
  uri: string
  version: string
  version_created: string | null
  format: string
  pub_status: string
  article_id: number | null
  raw: string
  normalized: string
  received_at: string
}

export interface ContentChangesTable {
  seq: Generated<number>
  keys: string
  reason: string
  origin: string
  at: string
}
