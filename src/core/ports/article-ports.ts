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
  state?: WorkflowState
  status?: ArticleStatus
  sectionId?: number
  text?: string
  limit: number
  offset: number
}

/** What lists need of a story: everything but the body and the pending edits, which it only flags. */
export type ArticleSummary = Omit<Article, 'body' | 'pending'> & { hasPending: boolean }

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
  listPublished(query: { sectionId?: number; limit: number; after?: ListCursor }): Promise<ArticleSummary[]>
  countPublished(query?: { sectionId?: number }): Promise<number>
  count(): Promise<number>
}
