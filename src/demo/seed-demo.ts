import { articleContentSchema } from '../core/article.ts'
import type { Block } from '../core/blocks.ts'
import { cacheKeys } from '../core/cache-keys.ts'
import type { NewArticle } from '../core/ports.ts'
import { slugify } from '../core/slug.ts'
import { createDesk } from '../services/desk-service.ts'
import { commitChange } from '../services/commit-change.ts'
import { importImage } from '../services/media-service.ts'
import type { ServiceDeps } from '../services/service-deps.ts'
import { demoDesks, demoSections, demoStories, type DemoStory, type ImageRecipe } from './demo-content.ts'
import { seedDeskWork } from './demo-desk-work.ts'
import { renderDemoImage } from './demo-images.ts'

const HOUR = 3_600_000

/** Runs `work` over `items`, `limit` at a time: pictures render in parallel without flooding memory. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

function recipesOf(story: DemoStory): ImageRecipe[] {
  return [story.lead, ...story.body.flatMap((b) => (b.type === 'figure' ? [b.image] : []))]
}

/**
 * Creates the demo newspaper on an empty database: sections, desks, pictures drawn from code, and twenty published
 * stories whose times are relative to now, so the front page always looks alive; then a working day on one desk
 * (stories in each stage, wire copy waiting), so the newsroom does too.
 */
export async function seedDemo(
  deps: ServiceDeps,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ stories: number; sections: number }> {
  const now = deps.clock.now().getTime()
  const recipes = demoStories.flatMap(recipesOf)
  const assetIds = new Map<ImageRecipe, number>()
  // 1200×675 is wide enough for every layout and for search engines' large previews, and draws in half the time.
  await mapLimit(recipes, 2, async (recipe) => {
    const asset = await importImage(deps, await renderDemoImage(recipe, 1200, 675), {
      caption: recipe.caption,
      credit: recipe.credit,
      alt: recipe.alt,
      source: 'Dateline demo',
    })
    assetIds.set(recipe, asset.id)
    onProgress(assetIds.size, recipes.length)
  })

  const seeded = await commitChange(deps, async (tx) => {
    const sectionIds = new Map<string, number>()
    for (const s of demoSections) sectionIds.set(s.slug, (await tx.sections.create(s)).id)
    const deskIds = new Map<string, number>()
    for (const d of demoDesks) {
      const desk = await createDesk(tx, {
        name: d.name,
        defaultSectionId: sectionIds.get(d.sectionSlug) ?? null,
      })
      deskIds.set(d.name, desk.id)
    }

    const keys: string[] = [cacheKeys.front, cacheKeys.sections]
    for (const story of [...demoStories].sort((a, b) => b.hoursAgo - a.hoursAgo)) {
      const body: Block[] = story.body.map((b) =>
        b.type === 'figure'
          ? {
              type: 'figure',
              assetId: assetIds.get(b.image)!,
              caption: b.caption,
              credit: b.credit,
              alt: b.alt,
            }
          : b,
      )
      const content = articleContentSchema.parse({
        slug: slugify(story.headline),
        headline: story.headline,
        summary: story.summary,
        body,
        deskId: deskIds.get(story.desk) ?? null,
        sectionId: sectionIds.get(story.section) ?? null,
        contributors: story.contributors,
        source: story.source,
        leadImage: {
          assetId: assetIds.get(story.lead)!,
          caption: story.lead.caption,
          credit: story.lead.credit,
          alt: story.lead.alt,
        },
        dateline: story.dateline,
        topics: story.topics,
        tags: story.tags,
        language: story.language,
      })
      const published = new Date(now - story.hoursAgo * HOUR).toISOString()
      const values: NewArticle = {
        ...content,
        status: 'published',
        state: 'published',
        provenance: null,
        firstPublishedAt: published,
        updatedAt: new Date(now - (story.updatedHoursAgo ?? story.hoursAgo) * HOUR).toISOString(),
      }
      const article = await tx.articles.create(values, new Date(now).toISOString())
      await tx.revisions.append({
        articleId: article.id,
        content,
        changedFields: [],
        userId: null,
        note: 'demo',
        version: article.version,
        createdAt: new Date(now).toISOString(),
      })
      keys.push(cacheKeys.article(article.id), cacheKeys.section(values.sectionId!))
    }
    return {
      result: { stories: demoStories.length, sections: demoSections.length },
      change: { keys: [...new Set(keys)], reason: 'demo.seed' },
    }
  })
  await seedDeskWork(deps)
  return seeded
}
