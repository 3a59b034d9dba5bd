import { articleContentKeys, type ArticleContent } from './article.ts'

/** The content fields that differ between two versions of a story, in the schema's order. */
export function changedContentFields(before: ArticleContent | null, after: ArticleContent): string[] {
  return articleContentKeys.filter(
    (key) => before === null || JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  )
}

export function sameContent(a: ArticleContent, b: ArticleContent): boolean {
  return changedContentFields(a, b).length === 0
}
