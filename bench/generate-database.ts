import type { ServiceDeps } from '../src/services/service-deps.ts'
import { seedDemo } from '../src/demo/seed-demo.ts'

/**
 * A newspaper of `stories` published stories: the demo paper, then copies of its stories with new headlines and
 * times, reusing its pictures. Big enough that lists and lookups are not served from a toy table.
 */
export async function generateDatabase(deps: ServiceDeps, stories: number): Promise<void> {
  await seedDemo(deps)
  const { store } = deps
  const models = await store.articles.listPublished({ limit: 100 })
  const full = await Promise.all(models.map((m) => store.articles.get(m.id)))
  const now = Date.now()
  let made = models.length
  while (made < stories) {
    await store.transaction(async (tx) => {
      for (let i = 0; i < 500 && made < stories; i++, made++) {
        const model = full[made % full.length]!
        await tx.articles.create(
          {
            ...model,
            slug: `${model.slug}-${made}`,
            headline: `${model.headline} (${made})`,
            firstPublishedAt: new Date(now - (made + 200) * 3_600_000).toISOString(),
            updatedAt: new Date(now - (made + 199) * 3_600_000).toISOString(),
          },
          new Date(now).toISOString(),
        )
      }
    })
  }
}
