import type { Article } from '../../core/article.ts'
import { articleChangeKeys } from '../../core/article-change-keys.ts'
import { articlePath } from '../../core/article-path.ts'
import type { ContentChange, Repositories } from '../../core/ports.ts'
import type { WebhookEvent } from '../../core/workflow.ts'
import { loadSettings } from '../settings-service.ts'

/** What readers saw change between two states of a story, as a webhook event; null when they saw no change. */
export function publicEvent(before: Article | null, after: Article): WebhookEvent | null {
  const was = before?.status === 'published'
  // A kill concerns readers (and syndication partners) only if the story was ever public.
  if (after.status === 'killed' && before?.status !== 'killed')
    return before?.firstPublishedAt ? 'article.killed' : null
  if (after.status === 'published') {
    if (!was) return 'article.published'
    const publicChange =
      before!.updatedAt !== after.updatedAt ||
      before!.headline !== after.headline ||
      JSON.stringify(before!.body) !== JSON.stringify(after.body) ||
      before!.slug !== after.slug ||
      before!.sectionId !== after.sectionId
    return publicChange ? 'article.updated' : null
  }
  return was ? 'article.unpublished' : null
}

/**
 * The consequences of a change to a story, inside the operation's transaction: webhook deliveries queued for the
 * event (the outbox: they go out only if the change commits), and the cache keys of the pages to drop.
 */
export async function publicationEffects(
  tx: Repositories,
  before: Article | null,
  after: Article,
  at: string,
  extra: { correction?: string } = {},
): Promise<ContentChange | null> {
  const event = publicEvent(before, after)
  if (event) {
    const hooks = await tx.webhooks.subscribedTo(event)
    if (hooks.length > 0) {
      const settings = await loadSettings(tx)
      const section = after.sectionId !== null ? await tx.sections.get(after.sectionId) : null
      const payload = JSON.stringify({
        event,
        occurredAt: at,
        article: {
          id: after.id,
          url: `${settings.siteUrl}${articlePath(after, section)}`,
          // A killed story's headline may be the legal problem itself: it is not repeated.
          ...(event === 'article.killed' ? {} : { headline: after.headline }),
          status: after.status,
          firstPublishedAt: after.firstPublishedAt,
          updatedAt: after.updatedAt,
          version: after.version,
          ...(extra.correction ? { correction: extra.correction } : {}),
        },
      })
      for (const hook of hooks) await tx.deliveries.enqueue({ webhookId: hook.id, event, payload, at })
    }
  }
  const shown = before?.status === 'published' || after.status === 'published'
  if (!shown && !(before && before.status !== after.status)) return null
  const { timeZone } = await loadSettings(tx)
  return { keys: articleChangeKeys(before, after, timeZone), reason: event ?? 'article.change' }
}
