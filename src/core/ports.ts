/**
 * The ports: what the core and the services need from the outside world, and nothing more.
 * Adapters (store, media, events) implement them; src/app.ts wires them together.
 */
import type { Article, ArticleContent, ArticleStatus, Provenance } from './article.ts'
import type { Asset, AssetInput } from './asset.ts'
import type { Desk } from './desk.ts'
import type { Section } from './section.ts'
import type { NormalizedItem } from './normalized-item.ts'

export interface NewArticle extends ArticleContent {
  status: ArticleStatus
  provenance: Provenance | null
  firstPublishedAt: string | null
  updatedAt: string | null
}

export type ArticlePatch = Partial<NewArticle>

/** What lists (front, sections) need of a story: everything but the body. */
export type ArticleSummary = Omit<Article, 'body'>

/** A position in a newest-first list, for keyset paging. */
export interface ListCursor {
  firstPublishedAt: string
  id: number
}

export interface ArticleRepository {
  get(id: number): Promise<Article | null>
  getByProvenanceUri(uri: string): Promise<Article | null>
  create(input: NewArticle, at: string): Promise<Article>
  update(id: number, patch: ArticlePatch, at: string): Promise<Article>
  /** Published stories, newest first publication first. */
  listPublished(query: { sectionId?: number; limit: number; after?: ListCursor }): Promise<ArticleSummary[]>
  countPublished(query?: { sectionId?: number }): Promise<number>
  count(): Promise<number>
}

/** What the store keeps of each wire item it has seen, to follow its versions. */
export interface WireItemRecord {
  uri: string
  version: string
  versionCreated: string | null
  format: string
  pubStatus: string
  articleId: number | null
  receivedAt: string
}

export interface WireItemRepository {
  get(uri: string): Promise<WireItemRecord | null>
  /** Keeps the document as received next to its normalized form, replacing the earlier version's record. */
  save(record: WireItemRecord & { raw: string; normalized: NormalizedItem }): Promise<void>
}

export interface DeskRepository {
  list(): Promise<Desk[]>
  get(id: number): Promise<Desk | null>
  getByName(name: string): Promise<Desk | null>
  create(input: { name: string; slug: string; defaultSectionId: number | null }): Promise<Desk>
}

export interface SectionRepository {
  list(): Promise<Section[]>
  get(id: number): Promise<Section | null>
  getBySlug(slug: string): Promise<Section | null>
  create(input: { name: string; slug: string; position: number }): Promise<Section>
}

export interface AssetRepository {
  get(id: number): Promise<Asset | null>
  getMany(ids: readonly number[]): Promise<Asset[]>
  getBySha256(sha256: string): Promise<Asset | null>
  create(input: AssetInput, at: string): Promise<Asset>
}

export interface SettingsRepository {
  /** Stored values as text, keyed by setting name; absent keys take their defaults. */
  all(): Promise<Record<string, string>>
  set(key: string, value: string): Promise<void>
}

/** A logged change, so every server process (and every node) can drop the same cached pages. */
export interface LoggedChange extends ContentChange {
  seq: number
  origin: string
  at: string
}

export interface ChangeLogRepository {
  append(change: ContentChange, origin: string, at: string): Promise<void>
  /** Changes after `seq`, oldest first. */
  since(seq: number, limit: number): Promise<LoggedChange[]>
  latestSeq(): Promise<number>
  prune(before: string): Promise<void>
}

export interface Repositories {
  articles: ArticleRepository
  changes: ChangeLogRepository
  wireItems: WireItemRepository
  desks: DeskRepository
  sections: SectionRepository
  assets: AssetRepository
  settings: SettingsRepository
}

/** The store: repositories, and a transaction in which a whole operation succeeds or leaves nothing behind. */
export interface Store extends Repositories {
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** Files by key: originals and renditions of images. */
export interface MediaStorage {
  put(key: string, bytes: Uint8Array): Promise<void>
  get(key: string): Promise<Uint8Array | null>
  remove(key: string): Promise<void>
}

export interface ImageInfo {
  width: number
  height: number
  mimeType: string
  format: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff'
}

export interface RenditionOutput {
  width: number
  height: number
  format: 'jpeg' | 'webp' | 'avif'
  bytes: Uint8Array
}

export interface ImageProcessor {
  /** Reads an image's size and type; throws a ParseError for anything that is not a supported image. */
  inspect(bytes: Uint8Array): Promise<ImageInfo>
  /** Resized copies no wider than the original, in web formats, keeping embedded credit and copyright. */
  renditions(bytes: Uint8Array, widths: readonly number[]): Promise<RenditionOutput[]>
}

/** Gets the bytes of a picture a wire item points to: an http(s) URL, or a path relative to the document. */
export interface ResourceFetcher {
  fetch(
    href: string,
    options: { baseDir?: string },
  ): Promise<{ bytes: Uint8Array; mimeType: string | undefined }>
}

/** A change to published content, named by the cache keys of everything it touches. */
export interface ContentChange {
  keys: string[]
  reason: string
}

export interface EventBus {
  publish(change: ContentChange): void
  subscribe(listener: (change: ContentChange) => void): () => void
}

export interface Clock {
  now(): Date
}

export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}
