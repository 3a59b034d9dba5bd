import { NotFoundError } from '../../core/errors.ts'
import type { Webhook, WebhookDelivery } from '../../core/newsroom-records.ts'
import type { WebhookEvent } from '../../core/workflow.ts'
import { newSecret } from '../accounts/secret-token.ts'
import type { ServiceDeps } from '../service-deps.ts'

/** A webhook as it is shown after its creation: without its secret. */
export type PublicWebhook = Omit<Webhook, 'secret'>

/** A line of the delivery log, without the payload (the event names the story; the receiver has the rest). */
export type DeliveryLogEntry = Omit<WebhookDelivery, 'payload'>

export interface AdminContext {
  byUserId: number | null
  ip: string | null
}

const publicWebhook = ({ secret: _secret, ...hook }: Webhook): PublicWebhook => hook

export async function listWebhooks(deps: Pick<ServiceDeps, 'store'>): Promise<PublicWebhook[]> {
  return (await deps.store.webhooks.list()).map(publicWebhook)
}

/**
 * A new webhook for `events` at `url`. Its signing secret is made here unless one is given, and returned only now:
 * it is kept (signing needs it) but never shown again.
 */
export async function createWebhook(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  input: { url: string; events: WebhookEvent[]; secret?: string | undefined },
  context: AdminContext,
): Promise<{ webhook: PublicWebhook; secret: string }> {
  const secret = input.secret ?? newSecret('whsec')
  const at = deps.clock.now().toISOString()
  const webhook = await deps.store.transaction(async (tx) => {
    const created = await tx.webhooks.create({
      url: input.url,
      events: input.events,
      secret,
      active: true,
      createdAt: at,
    })
    await tx.audit.append({
      at,
      userId: context.byUserId,
      action: 'webhook.create',
      targetType: 'webhook',
      targetId: String(created.id),
      details: { url: created.url, events: created.events, secretGiven: input.secret !== undefined },
      ip: context.ip,
    })
    return created
  })
  return { webhook: publicWebhook(webhook), secret }
}

/** Removes a webhook and, with it, its queued deliveries and their log. */
export async function deleteWebhook(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  id: number,
  context: AdminContext,
): Promise<void> {
  await deps.store.transaction(async (tx) => {
    const hook = await tx.webhooks.get(id)
    if (!hook) throw new NotFoundError('Webhook', id)
    await tx.webhooks.delete(id)
    await tx.audit.append({
      at: deps.clock.now().toISOString(),
      userId: context.byUserId,
      action: 'webhook.delete',
      targetType: 'webhook',
      targetId: String(id),
      details: { url: hook.url, events: hook.events },
      ip: context.ip,
    })
  })
}

/** The delivery log of one webhook, newest first. */
export async function listDeliveries(
  deps: Pick<ServiceDeps, 'store'>,
  webhookId: number,
  limit: number,
): Promise<DeliveryLogEntry[]> {
  if (!(await deps.store.webhooks.get(webhookId))) throw new NotFoundError('Webhook', webhookId)
  return (await deps.store.deliveries.list(webhookId, limit)).map(({ payload: _payload, ...entry }) => entry)
}
