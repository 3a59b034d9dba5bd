import { sql, type Kysely } from 'kysely'

/**
 * SQLite's full-text index: an FTS5 table over the story's headline, summary and text (body, byline, captions),
 * kept in step with `articles` by triggers. The tokenizer keeps letters, digits, private-use characters and
 * combining marks together, so a Bengali word stays one word (the default splits at vowel signs), and Porter
 * stemming lets "ferries" find "ferry".
 */
export async function createSqliteFullText(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table articles_fts using fts5(
    headline, summary, search_text,
    content = 'articles', content_rowid = 'id',
    tokenize = "porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
  )`.execute(db)
  await sql`create trigger articles_fts_insert after insert on articles begin
    insert into articles_fts (rowid, headline, summary, search_text) values (new.id, new.headline, new.summary, new.search_text);
  end`.execute(db)
  await sql`create trigger articles_fts_delete after delete on articles begin
    insert into articles_fts (articles_fts, rowid, headline, summary, search_text) values ('delete', old.id, old.headline, old.summary, old.search_text);
  end`.execute(db)
  await sql`create trigger articles_fts_update after update of headline, summary, search_text on articles begin
    insert into articles_fts (articles_fts, rowid, headline, summary, search_text) values ('delete', old.id, old.headline, old.summary, old.search_text);
    insert into articles_fts (rowid, headline, summary, search_text) values (new.id, new.headline, new.summary, new.search_text);
  end`.execute(db)
  await sql`insert into articles_fts (articles_fts) values ('rebuild')`.execute(db)
}
