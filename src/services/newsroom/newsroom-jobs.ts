import { ConflictError } from '../../core/errors.ts'
import { storyNewsroomKeys, withNewsroomKeys } from '../../core/newsroom-keys.ts'
import { commitChange } from '../commit-change.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { loadSettings } from '../settings-service.ts'
import { publicationEffects } from './publication-effects.ts'
import { publishStory } from './publish-story.ts'

/**
 * Publishes every scheduled story whose time has come, including times missed while the server was down. Each is
 * published at the version it was read at, so when several processes run this at once, exactly one of them wins and
 * the others see a version conflict and move on.
 */
export async function publishDueStories(deps: ServiceDeps): Promise<number[]> {
  const now = deps.clock.now().toISOString()
  const published: number[] = []
  for (const id of await deps.store.articles.listDueScheduled(now)) {
    try {
      await commitChange(deps, async (tx) => {
        const article = await tx.articles.get(id)
        if (!article || article.state !== 'scheduled' || !article.scheduledAt || article.scheduledAt > now) {
          return { result: undefined, change: null }
        }
        // An embargo moved past the scheduled time holds the story until the embargo lifts.
        if (article.embargoedUntil && article.embargoedUntil > now) return { result: undefined, change: null }
        const after = await publishStory(tx, article, { at: now, userId: null, note: 'scheduled publish' })
        await tx.audit.append({
          at: now,
          userId: null,
          action: 'article.publish',
          targetType: 'article',
          targetId: String(id),
          details: { scheduledAt: article.scheduledAt, by: 'scheduler' },
          ip: null,
        })
        published.push(id)
        const change = await publicationEffects(tx, article, after, now)
        return {
          result: undefined,
          change: withNewsroomKeys(change, storyNewsroomKeys(after), 'article.publish'),
        }
      })
    } catch (error) {
      // Another process published it first (its version moved on): exactly one of us publishes.
      if (error instanceof ConflictError && error.code === 'conflict') continue
      deps.logger.error(`Scheduled story ${id} could not be published: ${(error as Error).message}`)
    }
  }
  return published
}

/** Deletes spiked stories older than the retention the settings allow. */
export async function purgeSpikedStories(deps: ServiceDeps): Promise<number[]> {
  const now = deps.clock.now()
  const { spikeRetentionDays } = await loadSettings(deps.store)
  const cutoff = new Date(now.getTime() - spikeRetentionDays * 86_400_000).toISOString()
  const ids = await deps.store.articles.listSpikedBefore(cutoff)
  for (const id of ids) {
    await commitChange(deps, async (tx) => {
      const gone = await tx.articles.get(id)
      await tx.articles.delete(id)
      await tx.audit.append({
        at: now.toISOString(),
        userId: null,
        action: 'article.purge',
        targetType: 'article',
        targetId: String(id),
        details: { reason: `spiked more than ${spikeRetentionDays} days ago` },
        ip: null,
      })
      return { result: undefined, change: withNewsroomKeys(null, storyNewsroomKeys(gone), 'article.purge') }
    })
  }
  return ids
}
