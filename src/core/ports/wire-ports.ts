import type { NormalizedItem } from '../normalized-item.ts'
import type { WireFormat } from '../wire-desk.ts'
import type {
  DocumentStatus,
  ItemOutcome,
  RoutingRule,
  Source,
  SourceState,
  WireDocument,
  WireItem,
  WireItemStatus,
  WireItemSummary,
} from '../wire-desk.ts'

/** The fields of a wire item that its newest version sets. */
export type WireItemWrite = Omit<WireItem, 'id' | 'receivedAt' | 'updatedAt'>

export interface WireQueueQuery {
  sourceId?: number
  deskId?: number
  status?: WireItemStatus
  /** Items at least this urgent (1 = flash). */
  maxUrgency?: number
  text?: string
  limit: number
  offset: number
}

export interface WireItemRepository {
  get(uri: string): Promise<WireItem | null>
  /** Everything but the normalized item: what deciding about a new version needs, cheaply. */
  head(uri: string): Promise<WireItemSummary | null>
  getById(id: number): Promise<WireItem | null>
  /** Creates the item or replaces its newest version; the first arrival time stays. */
  save(item: WireItemWrite, at: string): Promise<WireItem>
  update(
    id: number,
    patch: Partial<Pick<WireItem, 'status' | 'articleId' | 'deskId' | 'stageId'>>,
    at: string,
  ): Promise<void>
  /** The ingest queue: newest first. */
  list(query: WireQueueQuery): Promise<{ items: WireItemSummary[]; total: number }>
  addVersion(input: {
    itemId: number
    version: string
    versionCreated: string | null
    pubStatus: string
    normalized: NormalizedItem
    documentId: number | null
    receivedAt: string
  }): Promise<void>
  versions(itemId: number): Promise<
    {
      version: string
      versionCreated: string | null
      pubStatus: string
      documentId: number | null
      receivedAt: string
    }[]
  >
  getVersion(itemId: number, version: string): Promise<NormalizedItem | null>
}

export interface WireDocumentRepository {
  create(input: { sourceId: number | null; origin: string; receivedAt: string; raw: string }): Promise<number>
  finish(
    id: number,
    result: {
      format: string | null
      status: DocumentStatus
      error?: string | null
      errorLine?: number | null
      errorField?: string | null
      outcomes: ItemOutcome[]
    },
  ): Promise<void>
  get(id: number): Promise<(WireDocument & { raw: string }) | null>
  list(query: {
    sourceId?: number
    status?: DocumentStatus
    limit: number
    offset: number
  }): Promise<WireDocument[]>
  /** Documents a source delivered since an instant: the "items today" of its state. */
  countSince(sourceId: number, since: string): Promise<number>
}

export type NewSource = Omit<Source, 'id' | 'state' | 'createdAt'> & { tokenHash: string }

export interface SourceRepository {
  list(): Promise<Source[]>
  get(id: number): Promise<Source | null>
  getByName(name: string): Promise<Source | null>
  getByTokenHash(hash: string): Promise<Source | null>
  create(input: NewSource, at: string): Promise<Source>
  update(
    id: number,
    patch: Partial<Omit<Source, 'id' | 'state' | 'createdAt'>> & { state?: Partial<SourceState> },
  ): Promise<Source>
  delete(id: number): Promise<void>
  /** Enabled polled sources (url, dir) whose next poll is due. */
  due(now: string): Promise<Source[]>
  /**
   * Takes a source's poll: moves its next poll time on, but only if nobody did since it was read. True when this
   * process may poll it (so several app nodes never poll one source at once).
   */
  claim(id: number, seenNextPollAt: string | null, nextPollAt: string): Promise<boolean>
}

export interface RoutingRuleRepository {
  list(): Promise<RoutingRule[]>
  create(input: Omit<RoutingRule, 'id' | 'createdAt'>, at: string): Promise<RoutingRule>
  delete(id: number): Promise<void>
}

/** Wire documents to normalized items: the ingest adapters' port. Throws a ParseError for what it cannot read. */
export type WireParser = (
  bytes: Uint8Array,
  options: { source: string; format?: WireFormat },
) => { text: string; format: WireFormat; items: NormalizedItem[] }
