import pg from 'pg'
import { Kysely, PostgresDialect } from 'kysely'
import type { Database } from '../database.ts'
import type { StoreDialect } from './store-dialect.ts'

const TIMESTAMPTZ_OID = 1184
const INT8_OID = 20

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
    idColumn: (col) => col.primaryKey().generatedByDefaultAsIdentity(),
    close: () => db.destroy(),
  }
}
