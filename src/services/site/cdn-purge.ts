import { isNewsroomKey } from '../../core/newsroom-keys.ts'
import type { ContentChange, Logger, Store } from '../../core/ports.ts'
import { loadSettings } from '../settings-service.ts'
import { sendWebhook, type FetchFunction } from '../webhooks/send-webhook.ts'

export interface CdnPurger {
  /** Tells the CDN (the `purgeUrl` setting) which keys changed; returns at once, never throws. */
  purge(change: ContentChange): void
  /** Waits for the purges under way (a command-line process before it exits). */
  flush(): Promise<void>
}

const TIMEOUT_MS = 10_000
const RETRY_AFTER_MS = 2_000

/**
 * The purge hook: after each committed change, a POST to the URL in the `purgeUrl` setting with the changed cache
 * keys, as JSON `{"keys": [...], "reason": "..."}` and as a `Surrogate-Key` header (space-separated, the form
 * Fastly and others take), so a CDN drops exactly the pages whose `Surrogate-Key` shares one. The process that made
 * the change calls it once; other app nodes only drop their own caches. A failed call is tried once more and then
 * logged: the pages' short `max-age` bounds how long a CDN can serve them stale.
 */
export function cdnPurger(deps: {
  store: Pick<Store, 'settings'>
  logger: Logger
  fetch?: FetchFunction
  retryAfterMs?: number
}): CdnPurger {
  const fetch = deps.fetch ?? ((url, init) => globalThis.fetch(url, init))
  const pending = new Set<Promise<void>>()

  async function send(change: ContentChange): Promise<void> {
    const keys = change.keys.filter((k) => !isNewsroomKey(k))
    if (keys.length === 0) return
    const { purgeUrl } = await loadSettings(deps.store)
    if (!purgeUrl) return
    const request = {
      fetch,
      url: purgeUrl,
      headers: { 'content-type': 'application/json', 'surrogate-key': keys.join(' ') },
      body: JSON.stringify({ keys, reason: change.reason }),
      timeoutMs: TIMEOUT_MS,
    }
    let outcome = await sendWebhook(request)
    if (!outcome.ok) {
      await new Promise((resolve) => setTimeout(resolve, deps.retryAfterMs ?? RETRY_AFTER_MS))
      outcome = await sendWebhook(request)
    }
    if (!outcome.ok) deps.logger.warn(`CDN purge of ${keys.join(' ')} failed: ${outcome.error}`)
  }

  return {
    purge(change) {
      const run = send(change)
        .catch((error: unknown) => deps.logger.warn(`CDN purge failed: ${(error as Error).message}`))
        .finally(() => pending.delete(run))
      pending.add(run)
    },
    async flush() {
      await Promise.all([...pending])
    },
  }
}
