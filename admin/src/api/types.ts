/**
 * The shapes the newsroom app reads from /api/v1, written from its OpenAPI document (/api/v1/openapi.json). Only the
 * fields the app uses are named; the API may send more.
 */

export type Role = 'reporter' | 'editor' | 'chief' | 'admin'
export type WorkflowState = 'draft' | 'submitted' | 'approved' | 'scheduled' | 'published' | 'spiked'
export type PublicationStatus = 'draft' | 'published' | 'unpublished' | 'killed'
export type WireStatus = 'queued' | 'fetched' | 'published' | 'withheld' | 'canceled'

export interface User {
  id: number
  email: string
  name: string
  role: Role
  deskIds: number[]
  mustChangePassword: boolean
}

export interface Stage {
  id: number
  deskId: number
  name: string
  position: number
}

export interface Desk {
  id: number
  name: string
  slug: string
  defaultSectionId: number | null
  stages: Stage[]
}

export interface Section {
  id: number
  name: string
  slug: string
}

export interface Settings {
  siteName: string
  timeZone: string
  zoneLabel: string
}

/** A person on the staff, as the newsroom's screens name them (no e-mail addresses). */
export interface StaffMember {
  id: number
  name: string
  role: Role
  deskIds: number[]
}

export interface Contributor {
  kind: 'staff' | 'guest' | 'agency'
  name: string
  role?: string
  userId?: number
  url?: string
}

export interface StorySummary {
  id: number
  version: number
  status: PublicationStatus
  state: WorkflowState
  hasPendingChanges: boolean
  locked: boolean
  headline: string
  summary: string
  slug: string
  deskId: number | null
  stageId: number | null
  sectionId: number | null
  contributors: Contributor[]
  source: { name: string; kind: string; url?: string } | null
  dateline: { place: string; country?: string } | null
  tags: string[]
  topics: string[]
  language: string
  embargoedUntil: string | null
  scheduledAt: string | null
  spikedAt: string | null
  createdBy: number | null
  provenance: { uri: string; version: string; format: string; provider?: string; mode?: string } | null
  firstPublishedAt: string | null
  updatedAt: string | null
  modifiedAt: string
  createdAt: string
  url: string | null
}

export interface Span {
  text: string
  bold?: true
  italic?: true
  href?: string
}

export type Block =
  | { type: 'paragraph'; content: Span[] }
  | { type: 'heading'; level: 2 | 3; content: Span[] }
  | { type: 'figure'; assetId: number; caption: string; credit: string; alt: string }
  | { type: 'quote'; paragraphs: Span[][]; attribution: string }
  | { type: 'list'; ordered: boolean; items: Span[][] }

export interface LeadImage {
  assetId: number
  caption: string
  credit: string
  alt: string
}

export interface Story extends StorySummary {
  body: Block[]
  leadImage: LeadImage | null
  corrections?: { id: number; note: string; createdAt: string }[]
}

/** What a story's side panel edits; saved with the text, in the same PATCH. */
export interface StoryDetails {
  deskId: number | null
  stageId: number | null
  sectionId: number | null
  contributors: Contributor[]
  source: { name: string; kind: string; url?: string } | null
  dateline: { place: string; country?: string } | null
  topics: string[]
  tags: string[]
  leadImage: LeadImage | null
  embargoedUntil: string | null
}

/** Everything the story screen saves. */
export type StoryFields = StoryText & StoryDetails

/** The workflow's moves, each a POST to /articles/{id}/<transition>. */
export type Transition =
  'submit' | 'approve' | 'publish' | 'schedule' | 'unpublish' | 'correct' | 'kill' | 'spike' | 'restore'

/** One line of a body comparison: kept, added, removed, or changed with its words marked. */
export type DiffLine =
  | { op: 'same' | 'added' | 'removed'; text: string }
  | {
      op: 'changed'
      before: string
      after: string
      words: { op: 'same' | 'added' | 'removed'; text: string }[]
    }

export interface RevisionComparison {
  from: RevisionMeta
  to: RevisionMeta
  diff: { fields: { field: string; before: unknown; after: unknown }[]; body: DiffLine[] }
}

export interface WireItem {
  id: number
  uri: string
  version: string
  versionCreated: string | null
  status: WireStatus
  sourceId: number | null
  /** The source's name, when the item came from a configured source. */
  source: string | null
  deskId: number | null
  articleId: number | null
  headline: string
  urgency: number | null
  language: string
  provider: string
  embargoedUntil: string | null
  receivedAt: string
}

export interface WireSource {
  id: number
  name: string
}

export interface Page<T> {
  items: T[]
  total: number
  limit: number
  offset: number
}

/** The fields the story editor saves. */
export interface StoryText {
  headline: string
  summary: string
  body: Block[]
}

export interface StoryPresence {
  editingBy: { userId: number; name: string } | null
  present: { userId: number; name: string; editing: boolean; openedAt: string }[]
  youEdit: boolean
}

export interface RevisionMeta {
  id: number
  number: number
  changedFields: string[]
  userId: number | null
  note: string
  version: number
  createdAt: string
}

export interface Asset {
  id: number
  caption: string
  credit: string
  alt: string
  focalX: number
  focalY: number
  renditions: { width: number; height: number; format: string; crop?: string; url: string }[]
}
