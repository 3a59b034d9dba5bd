import pg from 'pg'
import { Kysely, PostgresDialect } from 'kysely'
import type { Database } from '../database.ts'
import type { StoreDialect } from './store-dialect.ts'
import { createPostgresFullText } from './postgres-full-text.ts'
import { postgresSearch } from './postgres-search.ts'

const TIMESTAMPTZ_OID = 1184
const INT8_OID = 20
/** An arbitrary, fixed key for the advisory lock that serialises migrations across app nodes. */
const MIGRATION_LOCK = 734_001_2024

/**
 * PostgreSQL through node-postgres. Instants are timestamptz in the database but reach the code as the same
 * RFC 3339 UTC strings SQLite gives, so the repositories need no dialect branches.
 */
export function postgresDialect(connectionString: string, options: { schema?: string } = {}): StoreDialect {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === TIMESTAMPTZ_OID) return (value: string) => new Date(value).toISOString()
      // Counts come back as int8; our counts fit in a double.
      if (oid === INT8_OID) return (value: string) => Number(value)
      return pg.types.getTypeParser(oid, format)
    },
  }
  const pool = new pg.Pool({
    connectionString,
    types: types as pg.CustomTypesConfig,
    max: 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    name: 'postgres',
    db,
    timestampType: 'timestamptz',
    createFullText: createPostgresFullText,
    search: postgresSearch,
    idColumn: (col) => col.primaryKey().generatedByDefaultAsIdentity(),
    // Kysely looks for its bookkeeping tables in every schema unless told which: name the one we work in.
    async migrationSchema() {
      const { rows } = await pool.query<{ schema: string }>('select current_schema() as schema')
      return rows[0]?.schema
    },
    async withMigrationLock(work) {
      // A session-level advisory lock on one dedicated connection, while the migrations use the pool.
      const client = await pool.connect()
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
        return await work()
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {})
        client.release()
      }
    },
    close: () => db.destroy(),
  }
}
