import type { Kysely, Selectable } from 'kysely'
import type { DeliveryStatus, Webhook, WebhookDelivery } from '../core/newsroom-records.ts'
import type { DeliveryRepository, WebhookRepository } from '../core/ports.ts'
import type { WebhookEvent } from '../core/workflow.ts'
import type { Database, WebhookDeliveriesTable, WebhooksTable } from './database.ts'
import { json, parseJson, utc } from './row-codec.ts'

const toWebhook = (r: Selectable<WebhooksTable>): Webhook => ({
  id: r.id,
  url: r.url,
  secret: r.secret,
  events: parseJson(r.events),
  active: Boolean(r.active),
  createdAt: r.created_at,
})

const toDelivery = (r: Selectable<WebhookDeliveriesTable>): WebhookDelivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  event: r.event as WebhookEvent,
  payload: r.payload,
  status: r.status as DeliveryStatus,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  createdAt: r.created_at,
  deliveredAt: r.delivered_at,
})

export function webhookRepository(db: Kysely<Database>): WebhookRepository {
  return {
    list: async () => (await db.selectFrom('webhooks').selectAll().orderBy('id').execute()).map(toWebhook),
    async get(id) {
      const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst()
      return row ? toWebhook(row) : null
    },
    async create(input) {
      const row = await db
        .insertInto('webhooks')
        .values({
          url: input.url,
          secret: input.secret,
          events: json(input.events),
          active: input.active ? 1 : 0,
          created_at: utc(input.createdAt),
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      return toWebhook(row)
    },
    async delete(id) {
      await db.deleteFrom('webhooks').where('id', '=', id).execute()
    },
    async subscribedTo(event) {
      // Few webhooks exist; filtering their small event lists here keeps the SQL the same on both databases.
      const rows = await db.selectFrom('webhooks').selectAll().where('active', '=', 1).execute()
      return rows.map(toWebhook).filter((w) => w.events.includes(event))
    },
  }
}

export function deliveryRepository(db: Kysely<Database>): DeliveryRepository {
  return {
    async enqueue({ webhookId, event, payload, at }) {
      await db
        .insertInto('webhook_deliveries')
        .values({
          webhook_id: webhookId,
          event,
          payload,
          status: 'pending',
          attempts: 0,
          next_attempt_at: utc(at),
          claimed_until: null,
          last_status_code: null,
          last_error: null,
          created_at: utc(at),
          delivered_at: null,
        })
        .execute()
    },
    async due(now, limit) {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', utc(now))
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', utc(now))]))
        .orderBy('next_attempt_at')
        .limit(limit)
        .execute()
      return rows.map(toDelivery)
    },
    async claim(id, attempts, until) {
      const result = await db
        .updateTable('webhook_deliveries')
        .set({ claimed_until: utc(until), attempts: attempts + 1 })
        .where('id', '=', id)
        .where('attempts', '=', attempts)
        .where('status', '=', 'pending')
        .executeTakeFirst()
      return result.numUpdatedRows === 1n
    },
    async record(id, attempts, o) {
      await db
        .updateTable('webhook_deliveries')
        .set({
          status: o.status,
          next_attempt_at: utc(o.nextAttemptAt),
          last_status_code: o.lastStatusCode,
          last_error: o.lastError,
          delivered_at: utc(o.deliveredAt),
          claimed_until: null,
        })
        .where('id', '=', id)
        .where('attempts', '=', attempts)
        .execute()
    },
    async list(webhookId, limit) {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('webhook_id', '=', webhookId)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute()
      return rows.map(toDelivery)
    },
  }
}
