import type { ColumnDefinitionBuilder, Kysely } from 'kysely'
import type { SearchQuery, SearchResults } from '../../core/ports/search-ports.ts'
import type { Database } from '../database.ts'

/**
 * What differs between SQLite and PostgreSQL, in one place each. Everything else in the store is one code path.
 */
export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres'
  readonly db: Kysely<Database>
  /** The SQL type for instants: TEXT on SQLite, timestamptz on PostgreSQL. */
  readonly timestampType: 'text' | 'timestamptz'
  /** An auto-numbered integer primary key. */
  idColumn(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder
  /** Runs the migrations alone: two app nodes starting at once must not both create the schema. */
  withMigrationLock<T>(work: () => Promise<T>): Promise<T>
  /** The schema the migrations' own bookkeeping tables live in (PostgreSQL: the current schema). */
  migrationSchema(): Promise<string | undefined>
  /** Creates the dialect's full-text index over articles (FTS5 on SQLite, tsvector + GIN on PostgreSQL). */
  createFullText(db: Kysely<unknown>): Promise<void>
  /** Full-text search over published stories, through that index (sqlite-search.ts, postgres-search.ts). */
  search(db: Kysely<Database>, query: SearchQuery): Promise<SearchResults>
  close(): Promise<void>
}
