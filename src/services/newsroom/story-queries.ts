import type { Article } from '../../core/article.ts'
import type { Correction } from '../../core/newsroom-records.ts'
import type { ArticleSummary, NewsroomQuery } from '../../core/ports.ts'
import { seesAllDesks, type Actor } from '../../core/roles.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { readableStory } from './story-access.ts'

export async function getStory(
  deps: ServiceDeps,
  actor: Actor,
  id: number,
): Promise<{ article: Article; corrections: Correction[] }> {
  const article = await readableStory(deps.store, actor, id)
  return { article, corrections: await deps.store.corrections.list(id) }
}

/** The stories this actor may see, filtered: the same rule as canRead, applied in the query. */
export function listStories(
  deps: ServiceDeps,
  actor: Actor,
  filters: Omit<NewsroomQuery, 'deskIds' | 'ownerId'>,
): Promise<{ items: ArticleSummary[]; total: number }> {
  if (seesAllDesks(actor)) return deps.store.articles.listNewsroom(filters)
  return deps.store.articles.listNewsroom({ ...filters, deskIds: actor.deskIds, ownerId: actor.userId })
}
