import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect, type SqliteDialectConfig } from 'kysely'
import type { Database } from '../database.ts'
import type { StoreDialect } from './store-dialect.ts'
import { createSqliteFullText } from './sqlite-full-text.ts'
import { sqliteSearch } from './sqlite-search.ts'

const STATEMENTS = 500

/**
 * Kysely prepares every query anew; preparing costs as much as running a small query. The same few hundred SQL
 * texts recur (the queries are built, not concatenated with values), so prepared statements are kept and reused.
 * Kysely depends only on the shape `{ prepare, close }`, which this keeps.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const cache = new Map<string, SqliteDatabase.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql)
      if (!statement) {
        statement = sqlite.prepare(sql)
        if (cache.size >= STATEMENTS) cache.delete(cache.keys().next().value!)
        cache.set(sql, statement)
      }
      return statement
    },
  } as SqliteDialectConfig['database']
}

/** SQLite through better-sqlite3: one file, WAL so the CLI can write while the server reads. */
export function sqliteDialect(file: string): StoreDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const sqlite = new SqliteDatabase(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('cache_size = -65536') // 64 MB of pages in memory
  sqlite.pragma('temp_store = memory')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
  return {
    name: 'sqlite',
    db,
    timestampType: 'text',
    createFullText: createSqliteFullText,
    search: sqliteSearch,
    idColumn: (col) => col.primaryKey().autoIncrement(),
    // SQLite serialises schema changes with its own file lock (and busy_timeout waits for it).
    withMigrationLock: (work) => work(),
    migrationSchema: async () => undefined,
    close: () => db.destroy(),
  }
}
