import { Migrator, type Migration } from 'kysely'
import type { StoreDialect } from '../dialect/store-dialect.ts'
import { initialMigration } from './001-initial.ts'
import { newsroomMigration } from './002-newsroom.ts'
import { wireDeskMigration } from './003-wire-desk.ts'
import { readerSiteMigration } from './004-reader-site.ts'
import { presenceMigration } from './005-presence.ts'

/** All migrations, in order. Names sort; never rename or edit one that has shipped: add the next. */
function allMigrations(dialect: StoreDialect): Record<string, Migration> {
  return {
    '001-initial': initialMigration(dialect),
    '002-newsroom': newsroomMigration(dialect),
    '003-wire-desk': wireDeskMigration(dialect),
    '004-reader-site': readerSiteMigration(dialect),
    '005-presence': presenceMigration(dialect),
  }
}

/** Brings the database to the latest schema; runs on every start, on both databases. */
export async function migrateToLatest(dialect: StoreDialect): Promise<void> {
  const schema = await dialect.migrationSchema()
  const migrator = new Migrator({
    db: dialect.db,
    provider: { getMigrations: async () => allMigrations(dialect) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  })
  const { error, results } = await dialect.withMigrationLock(() => migrator.migrateToLatest())
  const failed = results?.find((r) => r.status === 'Error')
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? `: ${failed.migrationName}` : ''}`, { cause: error })
  }
}
