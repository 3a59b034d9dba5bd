import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { SearchQuery, SearchResults } from '../../core/ports/search-ports.ts'
import { bestSnippet, HIT_END, HIT_START, matchesAsPrefix } from '../../core/search-terms.ts'
import { summaryColumns, toSummary } from '../article-row-codec.ts'
import type { Database } from '../database.ts'

/** ts_rank_cd's normalization: divide by 1 + the logarithm of the story's length, so long stories don't win by size. */
const BY_LENGTH = 1
const SNIPPET = `StartSel=${HIT_START}, StopSel=${HIT_END}, MinWords=12, MaxWords=30, MaxFragments=1, ShortWord=1`
const WHOLE = `StartSel=${HIT_START}, StopSel=${HIT_END}, HighlightAll=true`
/** What may end a text after its last word, so a fragment ending at that word reaches the end. */
const TRAILING = ' \t\n.,;:!?…।"\'”’)'

/**
 * The passage of the story's text around the match, as `fragment.h`, with where it starts in the text (`at`, 0 when
 * ts_headline changed it beyond finding) and its length, so "…" can mark a passage cut from a longer text as FTS5's
 * snippet() does, and the punctuation ts_headline leaves off after the text's last word can be put back.
 */
const fragment = sql<{ h: string; at: number; len: number }>`(
  select h, strpos(a.search_text, plain) as at, length(plain) as len from (
    select h, translate(h, ${HIT_START + HIT_END}, '') as plain
    from (select ts_headline('english', a.search_text, query.q, ${SNIPPET}) as h) as headline
  ) as marked
)`

/**
 * One term as a tsquery, in both configurations the index holds (see postgres-full-text.ts): `english` stems
 * ("ferries" finds "ferry"), `simple` keeps any word as written (Bengali). The term is a bound value, parsed by
 * `phraseto_tsquery`, so nothing in it is query syntax. A prefix is only asked of letters, marks and digits, which
 * need no quoting inside the `'…':*` literal.
 */
function termQuery(term: string, prefix: boolean): RawBuilder<unknown> {
  const exact = sql`(phraseto_tsquery('english', ${term}) || phraseto_tsquery('simple', ${term}))`
  if (!prefix) return exact
  const begins = `'${term}':*`
  return sql`(${exact} || to_tsquery('english', ${begins}) || to_tsquery('simple', ${begins}))`
}

/** The tsquery for the terms: all must match; the last, when long enough, may also begin a longer word. */
function tsquery(terms: readonly string[]): RawBuilder<unknown> {
  const last = terms.length - 1
  return sql.join(
    terms.map((term, i) => termQuery(term, i === last && matchesAsPrefix(term))),
    sql` && `,
  )
}

/** Full-text search on PostgreSQL: the generated `search_vector`, ranked by ts_rank_cd, snippets by ts_headline. */
export async function postgresSearch(db: Kysely<Database>, query: SearchQuery): Promise<SearchResults> {
  if (query.terms.length === 0) return { items: [], total: 0 }
  const rows = await db
    .with('query', (qb) => qb.selectNoFrom(sql`${tsquery(query.terms)}`.as('q')))
    .with('hits', (qb) =>
      qb
        .selectFrom(['articles', 'query'])
        .select(summaryColumns)
        .select([
          sql<number>`ts_rank_cd(articles.search_vector, query.q, ${sql.lit(BY_LENGTH)})`.as('rank'),
          sql<number>`count(*) over ()`.as('total'),
        ])
        .where(sql<boolean>`articles.search_vector @@ query.q`)
        .where('status', '=', 'published')
        .where('first_published_at', 'is not', null)
        .orderBy('rank', 'desc')
        .orderBy('first_published_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.limit)
        .offset(query.offset),
    )
    // ts_headline reads the whole text: only for the page's stories, after the ranking has chosen them.
    .selectFrom('hits')
    .innerJoin('articles as a', 'a.id', 'hits.id')
    .innerJoin('query', (join) => join.onTrue())
    .innerJoinLateral(fragment.as('fragment'), (join) => join.onTrue())
    .selectAll('hits')
    .select([
      sql<string>`case when fragment.at > 1 then '…' else '' end || fragment.h || case
        when fragment.at = 0 then ''
        when fragment.at + fragment.len <= length(rtrim(a.search_text, ${TRAILING})) then '…'
        else rtrim(substr(a.search_text, fragment.at + fragment.len)) end`.as('text_snippet'),
      sql<string>`ts_headline('english', a.summary, query.q, ${WHOLE})`.as('summary_marked'),
    ])
    .orderBy('hits.rank', 'desc')
    .orderBy('hits.first_published_at', 'desc')
    .orderBy('hits.id', 'desc')
    .execute()
  if (rows.length === 0) return { items: [], total: query.offset === 0 ? 0 : await count(db, query.terms) }
  return {
    total: Number(rows[0]!.total),
    items: rows.map(({ rank, total: _total, text_snippet, summary_marked, ...row }) => ({
      ...toSummary(row),
      snippet: bestSnippet(text_snippet, summary_marked),
      rank: Number(rank),
    })),
  }
}

/** How many published stories match, for a page past the last. */
async function count(db: Kysely<Database>, terms: readonly string[]): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(sql<boolean>`search_vector @@ (${tsquery(terms)})`)
    .where('status', '=', 'published')
    .where('first_published_at', 'is not', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
