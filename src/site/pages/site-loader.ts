import type { Asset } from '../../core/asset.ts'
import { cacheKeys } from '../../core/cache-keys.ts'
import type { ArticleSummary, Store } from '../../core/ports.ts'
import type { Section } from '../../core/section.ts'
import { startOfNextDay } from '../../core/time-format.ts'
import { loadSettings } from '../../services/settings-service.ts'
import type { SiteContext } from '../view/site-context.ts'
import type { ListedStory } from '../view/teaser-view.tsx'

/** Settings and sections for the chrome of every page, and the keys that chrome depends on. */
export async function loadContext(store: Store, now: Date): Promise<SiteContext> {
  const [settings, sections] = await Promise.all([loadSettings(store), store.sections.list()])
  return { settings, sections, now }
}

export const chromeKeys = [cacheKeys.settings, cacheKeys.sections]

/** The date bar shows today's date, so a page lives until the next local midnight at most. */
export const expiresAtMidnight = (ctx: SiteContext) =>
  startOfNextDay(ctx.now, ctx.settings.timeZone).getTime()

/** Summaries joined with their sections and lead pictures, fetching all pictures in one query. */
export async function listStories(
  store: Store,
  ctx: SiteContext,
  summaries: readonly ArticleSummary[],
): Promise<ListedStory[]> {
  const sectionById = new Map<number, Section>(ctx.sections.map((s) => [s.id, s]))
  const assetIds = summaries.flatMap((a) => (a.leadImage ? [a.leadImage.assetId] : []))
  const assets = new Map<number, Asset>((await store.assets.getMany(assetIds)).map((a) => [a.id, a]))
  return summaries.map((article) => ({
    article,
    section: article.sectionId !== null ? (sectionById.get(article.sectionId) ?? null) : null,
    asset: article.leadImage ? (assets.get(article.leadImage.assetId) ?? null) : null,
  }))
}

export function storyKeys(stories: readonly ListedStory[]): string[] {
  return stories.flatMap((s) => [
    cacheKeys.article(s.article.id),
    ...(s.asset ? [cacheKeys.asset(s.asset.id)] : []),
  ])
}
