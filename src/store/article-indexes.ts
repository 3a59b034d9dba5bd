import type { Kysely } from 'kysely'
import type { ArticleContent } from '../core/article.ts'
import { bodyText } from '../core/blocks.ts'
import { slugify } from '../core/slug.ts'
import type { Database } from './database.ts'

/** What a story is found by, besides its headline and summary: its byline and the text of its body. */
export function searchTextOf(content: Pick<ArticleContent, 'contributors' | 'body'>): string {
  return [content.contributors.map((c) => c.name).join(', '), bodyText(content.body)]
    .filter(Boolean)
    .join('\n')
}

/**
 * Rewrites a story's rows in the tag, topic and byline indexes (what their pages list) and its search text, from the
 * content it now has. Called by the repository whenever those fields change, inside the same transaction.
 */
export async function writeArticleIndexes(
  db: Kysely<Database>,
  id: number,
  content: Pick<ArticleContent, 'tags' | 'topics' | 'contributors' | 'body'>,
): Promise<void> {
  await db.deleteFrom('article_tags').where('article_id', '=', id).execute()
  await db.deleteFrom('article_topics').where('article_id', '=', id).execute()
  await db.deleteFrom('article_authors').where('article_id', '=', id).execute()
  const tags = new Map(content.tags.map((name) => [slugify(name), name]))
  if (tags.size) {
    await db
      .insertInto('article_tags')
      .values([...tags].map(([slug, name]) => ({ article_id: id, slug, name })))
      .execute()
  }
  const topics = [...new Set(content.topics)]
  if (topics.length) {
    await db
      .insertInto('article_topics')
      .values(topics.map((code) => ({ article_id: id, code })))
      .execute()
  }
  const authors = new Map(content.contributors.map((c) => [slugify(c.name), c]))
  if (authors.size) {
    await db
      .insertInto('article_authors')
      .values([...authors].map(([slug, c]) => ({ article_id: id, slug, name: c.name, kind: c.kind })))
      .execute()
  }
  await db
    .updateTable('articles')
    .set({ search_text: searchTextOf(content) })
    .where('id', '=', id)
    .execute()
}
