import type { Article, ArticleContent, ArticleNewsroom, ArticleStatus, Provenance } from '../article.ts'
import type { WorkflowState } from '../workflow.ts'

export interface NewArticle extends ArticleContent, Partial<ArticleNewsroom> {
  status: ArticleStatus
  provenance: Provenance | null
  firstPublishedAt: string | null
  updatedAt: string | null
}

export type ArticlePatch = Partial<NewArticle>

/** What the newsroom's story list filters on. Text matches headline and summary. */
export interface NewsroomQuery {
  /** Only stories on these desks (and, with `ownerId`, stories that user created); omitted: every desk. */
  deskIds?: readonly number[]
  ownerId?: number
  deskId?: number
  stageId?: number
  /** Any of these workflow states. */
  states?: readonly WorkflowState[]
  status?: ArticleStatus
  sectionId?: number
  text?: string
  limit: number
  offset: number
}

/** What lists need of a story: everything but the body and the pending edits, which it only flags. */
export type ArticleSummary = Omit<Article, 'body' | 'pending'> & { hasPending: boolean }

/** Which published stories a list shows: a section, a tag, a topic, a byline, or a stretch of time. */
export interface PublishedQuery {
  sectionId?: number
  tag?: string
  /** An eight-digit IPTC Media Topic code. */
  topic?: string
  /** A byline's slug. */
  author?: string
  /** Only stories first published at or after this instant … */
  since?: string
  /** … and before this one. */
  until?: string
  limit: number
  after?: ListCursor
}

/** A position in a newest-first list, for keyset paging. */
export interface ListCursor {
  firstPublishedAt: string
  id: number
}

export interface ArticleRepository {
  get(id: number): Promise<Article | null>
  getByProvenanceUri(uri: string): Promise<Article | null>
  create(input: NewArticle, at: string): Promise<Article>
  /**
   * Changes the given fields and raises the version by one. With `expectedVersion`, the write happens only if the
   * story is still at that version; otherwise it throws a ConflictError and changes nothing.
   */
  update(id: number, patch: ArticlePatch, at: string, expectedVersion?: number): Promise<Article>
  delete(id: number): Promise<void>
  /** The newsroom's view: every state, filtered; newest change first. */
  listNewsroom(query: NewsroomQuery): Promise<{ items: ArticleSummary[]; total: number }>
  /** Scheduled stories whose time has come. */
  listDueScheduled(now: string): Promise<number[]>
  /** Spiked stories spiked before `cutoff`. */
  listSpikedBefore(cutoff: string): Promise<number[]>
  /** Published stories, newest first publication first. */
  listPublished(query: PublishedQuery): Promise<ArticleSummary[]>
  /** The name a tag or byline slug stands for (as a story carries it), or null when no story has it. */
  indexName(index: 'tag' | 'author', slug: string): Promise<string | null>
  /** Whole stories by id, in no particular order; missing ids are left out. */
  getMany(ids: readonly number[]): Promise<Article[]>
  /** Published stories in id order after `afterId`: for walking every story in bounded batches (sitemaps). */
  listPublishedById(query: { afterId: number; limit: number; untilId?: number }): Promise<ArticleSummary[]>
  /** The id of the published story at this position in id order (0-based), or null past the end. */
  publishedIdAt(position: number): Promise<number | null>
  countPublished(query?: { sectionId?: number }): Promise<number>
  count(): Promise<number>
}
