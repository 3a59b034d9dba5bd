import type { Article } from './article.ts'
import { cacheKeys } from './cache-keys.ts'

type Shown = Pick<Article, 'id' | 'status' | 'sectionId'>

/**
 * The cache keys a change to one story touches: its own pages always; the front page and its section's pages when the
 * story is (or was) on the site, because lists show it. Nothing else.
 */
export function articleChangeKeys(before: Shown | null, after: Shown | null): string[] {
  const keys = new Set<string>()
  for (const state of [before, after]) {
    if (!state) continue
    keys.add(cacheKeys.article(state.id))
    if (state.status === 'published') {
      keys.add(cacheKeys.front)
      if (state.sectionId !== null) keys.add(cacheKeys.section(state.sectionId))
    }
  }
  return [...keys]
}
