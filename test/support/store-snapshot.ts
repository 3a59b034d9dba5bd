import type { Store } from '../../src/core/ports.ts'

/**
 * Everything a hostile request might try to change, read straight from the store: every story with its revisions
 * and corrections, accounts, desks and stages, sections, settings, pictures and webhooks. Two snapshots are equal
 * exactly when nothing of it changed.
 */
export async function storeSnapshot(store: Store) {
  const { items } = await store.articles.listNewsroom({ limit: 10_000, offset: 0 })
  const stories = await Promise.all(
    items.map(async ({ id }) => ({
      story: await store.articles.get(id),
      revisions: await store.revisions.list(id),
      corrections: await store.corrections.list(id),
    })),
  )
  return {
    storyCount: await store.articles.count(),
    stories,
    users: await store.users.list(),
    desks: await store.desks.list(),
    stages: await store.stages.list(),
    sections: await store.sections.list(),
    settings: await store.settings.all(),
    assets: await store.assets.list({ limit: 10_000, offset: 0 }),
    webhooks: await store.webhooks.list(),
  }
}
