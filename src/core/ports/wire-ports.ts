import type { NormalizedItem } from '../normalized-item.ts'

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
