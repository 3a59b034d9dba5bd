import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { StoreOptions } from '../../src/store/open-store.ts'

/** Where the PostgreSQL test database is; CI and these machines run one at 127.0.0.1:5432. */
export const testPostgresUrl = process.env.DATELINE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test'

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

export const hasPostgres = await postgresReachable()
if (!hasPostgres) {
  console.warn(
    `\n[dateline] PostgreSQL is not reachable at ${testPostgresUrl}: the PostgreSQL runs of the store suite are SKIPPED.\n` +
      '           Start PostgreSQL or set DATELINE_TEST_PG to run them.\n',
  )
}

export interface TestDatabase {
  name: 'sqlite' | 'postgres'
  /** Fresh, empty store options; call once per test (or per suite). */
  create(): Promise<StoreOptions & { cleanup(): Promise<void> }>
}

function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'dateline-test-'))
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    const dataDir = freshDataDir()
    return { dataDir, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) }
  },
}

const postgres: TestDatabase = {
  name: 'postgres',
  async create() {
    const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
    const admin = new pg.Client({ connectionString: testPostgresUrl })
    await admin.connect()
    await admin.query(`create schema ${schema}`)
    await admin.end()
    const dataDir = freshDataDir()
    return {
      dataDir,
      databaseUrl: testPostgresUrl,
      schema,
      cleanup: async () => {
        const c = new pg.Client({ connectionString: testPostgresUrl })
        await c.connect()
        await c.query(`drop schema ${schema} cascade`)
        await c.end()
        rmSync(dataDir, { recursive: true, force: true })
      },
    }
  },
}

/** The databases every store test runs on: SQLite always, PostgreSQL when reachable (else reported as skipped). */
export const testDatabases: { db: TestDatabase; skip: boolean }[] = [
  { db: sqlite, skip: false },
  { db: postgres, skip: !hasPostgres },
]
