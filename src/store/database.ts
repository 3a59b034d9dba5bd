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
  users: UsersTable
  desk_members: DeskMembersTable
  sessions: SessionsTable
  api_tokens: ApiTokensTable
  stages: StagesTable
  article_revisions: ArticleRevisionsTable
  article_corrections: ArticleCorrectionsTable
  audit_log: AuditLogTable
  webhooks: WebhooksTable
  webhook_deliveries: WebhookDeliveriesTable
  sources: SourcesTable
  routing_rules: RoutingRulesTable
  wire_documents: WireDocumentsTable
  wire_item_versions: WireItemVersionsTable
  article_tags: { article_id: number; slug: string; name: string }
  article_topics: { article_id: number; code: string }
  article_authors: { article_id: number; slug: string; name: string; kind: string }
  front_slots: { slot: string; article_id: number }
  presence: { article_id: number; user_id: number; editing: Flag; opened_at: string; seen_at: string }
}

/** Booleans are integers (0/1) on both databases, so one code path reads them. */
type Flag = number

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
  license_url: string | null
  acquire_license_url: string | null
  renditions_pending: Generated<Flag>
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
  state: Generated<string>
  stage_id: number | null
  created_by: number | null
  pending: string | null
  embargoed_until: string | null
  scheduled_at: string | null
  spiked_at: string | null
  version: Generated<number>
  locked: Generated<Flag>
  wire_update: string | null
  search_text: Generated<string>
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
  source_id: number | null
  desk_id: number | null
  stage_id: number | null
  urgency: number | null
  embargoed_until: string | null
  document_id: number | null
  updated_at: string | null
  status: Generated<string>
  headline: Generated<string>
  language: Generated<string>
  provider: Generated<string>
}

export interface ContentChangesTable {
  seq: Generated<number>
  keys: string
  reason: string
  origin: string
  at: string
}

export interface UsersTable {
  id: Generated<number>
  email: string
  name: string
  role: string
  password_hash: string
  must_change_password: Flag
  disabled: Flag
  created_at: string
}

export interface DeskMembersTable {
  user_id: number
  desk_id: number
}

export interface SessionsTable {
  id: string
  user_id: number
  created_at: string
  expires_at: string
  last_seen_at: string
}

export interface ApiTokensTable {
  id: Generated<number>
  user_id: number
  name: string
  hash: string
  created_at: string
  last_used_at: string | null
}

export interface StagesTable {
  id: Generated<number>
  desk_id: number
  name: string
  position: number
}

export interface ArticleRevisionsTable {
  id: Generated<number>
  article_id: number
  number: number
  content: string
  changed_fields: string
  user_id: number | null
  note: string
  version: number
  created_at: string
}

export interface ArticleCorrectionsTable {
  id: Generated<number>
  article_id: number
  note: string
  user_id: number | null
  created_at: string
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  user_id: number | null
  action: string
  target_type: string
  target_id: string
  details: string
  ip: string | null
}

export interface WebhooksTable {
  id: Generated<number>
  url: string
  secret: string
  events: string
  active: Flag
  created_at: string
}

export interface WebhookDeliveriesTable {
  id: Generated<number>
  webhook_id: number
  event: string
  payload: string
  status: string
  attempts: number
  next_attempt_at: string | null
  claimed_until: string | null
  last_status_code: number | null
  last_error: string | null
  created_at: string
  delivered_at: string | null
}

export interface SourcesTable {
  id: Generated<number>
  name: string
  format: string
  kind: string
  url: string | null
  dir: string | null
  interval_seconds: number
  desk_id: number | null
  auto_publish: Flag
  enabled: Flag
  token_hash: string
  etag: string | null
  last_modified: string | null
  next_poll_at: string | null
  failures: number
  last_success_at: string | null
  last_error: string | null
  last_error_at: string | null
  created_at: string
}

export interface RoutingRulesTable {
  id: Generated<number>
  source_id: number | null
  position: number
  name: string
  match: string
  desk_id: number | null
  stage_id: number | null
  publish: Flag
  created_at: string
}

export interface WireDocumentsTable {
  id: Generated<number>
  source_id: number | null
  origin: string
  received_at: string
  format: string | null
  status: string
  error: string | null
  error_line: number | null
  error_field: string | null
  outcomes: string
  raw: string
}

export interface WireItemVersionsTable {
  id: Generated<number>
  item_id: number
  version: string
  version_created: string | null
  pub_status: string
  normalized: string
  document_id: number | null
  received_at: string
}
