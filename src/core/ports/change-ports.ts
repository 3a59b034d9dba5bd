import type { ContentChange } from './runtime-ports.ts'

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
