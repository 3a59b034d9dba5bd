import type { WebhookDelivery } from '../../core/newsroom-records.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { nextAttemptAt } from './retry-schedule.ts'
import { sendWebhook, type AttemptOutcome, type FetchFunction } from './send-webhook.ts'
import { signWebhook } from './webhook-signature.ts'

export const WEBHOOK_USER_AGENT = 'Dateline-Webhooks/1'

export interface DeliverOptions {
  /** Default: the global fetch. */
  fetch?: FetchFunction
  /** How many due deliveries one run takes. */
  limit?: number
  /** How many requests are in flight at once, so one slow receiver does not hold up the others. */
  concurrency?: number
  timeoutMs?: number
  /** For the retry jitter; default Math.random. */
  random?: () => number
}

/** What one run did, by delivery id. */
export interface DeliveryRun {
  delivered: number[]
  retrying: number[]
  failed: number[]
}

/** A claim outlives the request by this much, so a process that dies mid-send hands the delivery on afterwards. */
const CLAIM_MARGIN_MS = 60_000

/**
 * Sends the webhook deliveries that are due. Each attempt is claimed first (a compare-and-set on its attempt count),
 * so when several processes run this at once every attempt goes out from exactly one of them. A 2xx answer delivers;
 * anything else schedules the next attempt with backoff, or marks the delivery failed after the last. Deliveries are
 * not ordered: receivers order by the payload's `occurredAt` and `article.version`, and deduplicate by the
 * `dateline-delivery` header.
 */
export async function deliverDueWebhooks(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'logger'>,
  options: DeliverOptions = {},
): Promise<DeliveryRun> {
  const timeoutMs = options.timeoutMs ?? 10_000
  const run: DeliveryRun = { delivered: [], retrying: [], failed: [] }
  const queue = await deps.store.deliveries.due(deps.clock.now().toISOString(), options.limit ?? 50)

  const attempt = async (delivery: WebhookDelivery) => {
    const claimUntil = new Date(deps.clock.now().getTime() + timeoutMs + CLAIM_MARGIN_MS).toISOString()
    if (!(await deps.store.deliveries.claim(delivery.id, delivery.attempts, claimUntil))) return
    // Deleting a webhook deletes its deliveries; one deleted between the claim and here has nowhere to go.
    const hook = await deps.store.webhooks.get(delivery.webhookId)
    if (!hook) return
    const outcome = await sendWebhook({
      fetch: options.fetch ?? fetch,
      url: hook.url,
      headers: {
        'content-type': 'application/json',
        'user-agent': WEBHOOK_USER_AGENT,
        'dateline-event': delivery.event,
        'dateline-delivery': String(delivery.id),
        'dateline-signature': signWebhook(hook.secret, delivery.payload, deps.clock.now()),
      },
      body: delivery.payload,
      timeoutMs,
    })
    const status = await record(deps, delivery, outcome, options.random)
    run[status === 'pending' ? 'retrying' : status].push(delivery.id)
    if (status === 'failed') {
      deps.logger.warn(`Webhook delivery ${delivery.id} to ${hook.url} failed for good: ${outcome.error}`)
    }
  }

  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        await attempt(next)
      } catch (error) {
        deps.logger.error(`Webhook delivery ${next.id} could not be attempted: ${(error as Error).message}`)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, queue.length) }, worker))
  return run
}

/** Writes an attempt's outcome to the delivery log and says where the delivery now stands. */
async function record(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  delivery: WebhookDelivery,
  outcome: AttemptOutcome,
  random?: () => number,
): Promise<WebhookDelivery['status']> {
  const at = deps.clock.now()
  const next = outcome.ok ? null : nextAttemptAt(delivery.attempts + 1, at, random)
  const status = outcome.ok ? 'delivered' : next ? 'pending' : 'failed'
  await deps.store.deliveries.record(delivery.id, delivery.attempts + 1, {
    status,
    nextAttemptAt: next?.toISOString() ?? null,
    lastStatusCode: outcome.statusCode,
    // The last error stays in the log after a later success: it tells the receiver's owner what went wrong.
    lastError: outcome.ok ? delivery.lastError : outcome.error,
    deliveredAt: outcome.ok ? at.toISOString() : null,
  })
  return status
}
