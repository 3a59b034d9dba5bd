import { sql, type Kysely } from 'kysely'
import type { SearchQuery, SearchResults } from '../../core/ports/search-ports.ts'
import { bestSnippet, HIT_END, HIT_START, matchesAsPrefix } from '../../core/search-terms.ts'
import { summaryColumns, toSummary } from '../article-row-codec.ts'
import type { Database } from '../database.ts'

/** Weights of the FTS5 columns for bm25: a hit in the headline counts most, then the summary, then the text. */
const WEIGHTS = sql`10.0, 4.0, 1.0`
/** Tokens of text around the hit in a snippet. */
const SNIPPET_TOKENS = 24

/** A term as an FTS5 string: between double quotes (a quote inside doubled), nothing a reader types is syntax. */
const quoted = (term: string) => `"${term.replaceAll('"', '""')}"`

/**
 * The FTS5 query for the terms: all must match. The last, when long enough, may also begin a longer word; asking
 * for it both ways ranks the exact word above the words it begins.
 */
export function fts5Query(terms: readonly string[]): string {
  return terms
    .map((term, i) =>
      i === terms.length - 1 && matchesAsPrefix(term)
        ? `(${quoted(term)} OR ${quoted(term)}*)`
        : quoted(term),
    )
    .join(' AND ')
}

/** Full-text search on SQLite: `articles_fts` (see sqlite-full-text.ts) ranked by bm25, snippets by FTS5. */
export async function sqliteSearch(db: Kysely<Database>, query: SearchQuery): Promise<SearchResults> {
  if (query.terms.length === 0) return { items: [], total: 0 }
  const match = fts5Query(query.terms)
  const hits = sql<{ hit_id: number; score: number }>`(
    select rowid as hit_id, bm25(articles_fts, ${WEIGHTS}) as score from articles_fts where articles_fts match ${match}
  )`
  const rows = await db
    .selectFrom(hits.as('hits'))
    .innerJoin('articles', 'articles.id', 'hits.hit_id')
    .select(summaryColumns)
    .select(['hits.score', sql<number>`count(*) over ()`.as('total')])
    .where('status', '=', 'published')
    .where('first_published_at', 'is not', null)
    .orderBy('hits.score')
    .orderBy('first_published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute()
  if (rows.length === 0) return { items: [], total: query.offset === 0 ? 0 : await count(db, match) }

  // Snippets only for the page's stories: FTS5 makes them from the stored text, which is not cheap.
  const ids = rows.map((r) => r.id)
  const { rows: passages } = await sql<{ id: number; text: string; summary: string }>`
    select rowid as id,
      snippet(articles_fts, 2, ${HIT_START}, ${HIT_END}, '…', ${SNIPPET_TOKENS}) as text,
      highlight(articles_fts, 1, ${HIT_START}, ${HIT_END}) as summary
    from articles_fts where articles_fts match ${match} and rowid in (${sql.join(ids)})
  `.execute(db)
  const byId = new Map(passages.map((p) => [p.id, p]))
  return {
    total: rows[0]!.total,
    items: rows.map(({ score, total: _total, ...row }) => {
      const passage = byId.get(row.id)
      return {
        ...toSummary(row),
        snippet: bestSnippet(passage?.text ?? '', passage?.summary ?? row.summary),
        rank: -score,
      }
    }),
  }
}

/** How many published stories match, for a page past the last. */
async function count(db: Kysely<Database>, match: string): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'published')
    .where('first_published_at', 'is not', null)
    .where('id', 'in', sql<number>`(select rowid from articles_fts where articles_fts match ${match})`)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
