import type { ColumnDefinitionBuilder, Kysely } from 'kysely'
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
  close(): Promise<void>
}
