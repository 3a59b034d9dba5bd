import { sql, type Kysely } from 'kysely'

/**
 * PostgreSQL's full-text index: a generated tsvector over headline (weight A), summary (B) and text (C), built twice —
 * with the `english` configuration (stems: "ferries" finds "ferry") and with `simple` (whole words in any script,
 * Bengali included, which `english` would mangle) — and a GIN index over it.
 */
export async function createPostgresFullText(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(headline, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(headline, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('simple', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(search_text, '')), 'C') ||
    setweight(to_tsvector('simple', coalesce(search_text, '')), 'C')
  ) stored`.execute(db)
  await sql`create index articles_search on articles using gin (search_vector)`.execute(db)
}
