import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../database.ts'
import type { StoreDialect } from './store-dialect.ts'

/** SQLite through better-sqlite3: one file, WAL so the CLI can write while the server reads. */
export function sqliteDialect(file: string): StoreDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const sqlite = new SqliteDatabase(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  return {
    name: 'sqlite',
    db,
    timestampType: 'text',
    idColumn: (col) => col.primaryKey().autoIncrement(),
    // SQLite serialises schema changes with its own file lock (and busy_timeout waits for it).
    withMigrationLock: (work) => work(),
    migrationSchema: async () => undefined,
    close: () => db.destroy(),
  }
}
