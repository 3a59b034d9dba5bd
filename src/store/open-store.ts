import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { Repositories, Store } from '../core/ports.ts'
import { articleRepository } from './article-repository.ts'
import { auditRepository } from './audit-repository.ts'
import { sessionRepository, tokenRepository } from './auth-repositories.ts'
import { correctionRepository, revisionRepository } from './revision-repository.ts'
import { stageRepository } from './stage-repository.ts'
import { userRepository } from './user-repository.ts'
import { deliveryRepository, webhookRepository } from './webhook-repository.ts'
import { assetRepository } from './asset-repository.ts'
import { changeLogRepository } from './change-log-repository.ts'
import type { Database } from './database.ts'
import { deskRepository } from './desk-repository.ts'
import { frontSlotRepository } from './front-slot-repository.ts'
import { presenceRepository } from './presence-repository.ts'
import { postgresDialect } from './dialect/postgres-dialect.ts'
import { sqliteDialect } from './dialect/sqlite-dialect.ts'
import type { StoreDialect } from './dialect/store-dialect.ts'
import { migrateToLatest } from './migrations/migrations.ts'
import { sectionRepository } from './section-repository.ts'
import { settingsRepository } from './settings-repository.ts'
import { wireItemRepository } from './wire-item-repository.ts'
import { wireDocumentRepository } from './wire-document-repository.ts'
import { routingRuleRepository, sourceRepository } from './source-repository.ts'

export interface StoreOptions {
  /** postgres://… for PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string | undefined
  dataDir: string
  /** PostgreSQL schema to work in (tests use one each). */
  schema?: string
}

function repositories(db: Kysely<Database>): Repositories {
  const now = () => new Date().toISOString()
  return {
    articles: articleRepository(db),
    revisions: revisionRepository(db),
    corrections: correctionRepository(db),
    changes: changeLogRepository(db),
    wireItems: wireItemRepository(db),
    wireDocuments: wireDocumentRepository(db),
    sources: sourceRepository(db),
    routingRules: routingRuleRepository(db),
    desks: deskRepository(db, now),
    stages: stageRepository(db),
    sections: sectionRepository(db, now),
    assets: assetRepository(db),
    settings: settingsRepository(db),
    users: userRepository(db, now),
    sessions: sessionRepository(db),
    tokens: tokenRepository(db),
    audit: auditRepository(db),
    webhooks: webhookRepository(db),
    deliveries: deliveryRepository(db),
    frontSlots: frontSlotRepository(db),
    presence: presenceRepository(db),
  }
}

export function chooseDialect(options: StoreOptions): StoreDialect {
  const url = options.databaseUrl
  if (url && /^postgres(ql)?:\/\//.test(url)) return postgresDialect(url, { schema: options.schema })
  if (url)
    throw new Error(
      `DATABASE_URL must start with postgres:// (or be unset for SQLite): ${url.split(':')[0]}:…`,
    )
  return sqliteDialect(join(options.dataDir, 'dateline.db'))
}

/** Opens the database the options name, brings its schema up to date, and returns the store. */
export async function openStore(options: StoreOptions): Promise<Store & { dialect: StoreDialect['name'] }> {
  const dialect = chooseDialect(options)
  try {
    await migrateToLatest(dialect)
  } catch (error) {
    await dialect.close()
    throw error
  }
  const db = dialect.db
  return {
    ...repositories(db),
    dialect: dialect.name,
    search: (query) => dialect.search(db, query),
    transaction: (work) => db.transaction().execute((trx) => work(repositories(trx))),
    close: () => dialect.close(),
  }
}
