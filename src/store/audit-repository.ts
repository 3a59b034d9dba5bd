import type { Kysely } from 'kysely'
import type { AuditRepository } from '../core/ports.ts'
import type { Database } from './database.ts'
import { json, parseJson, utc } from './row-codec.ts'

export function auditRepository(db: Kysely<Database>): AuditRepository {
  return {
    async append(e) {
      await db
        .insertInto('audit_log')
        .values({
          at: utc(e.at),
          user_id: e.userId,
          action: e.action,
          target_type: e.targetType,
          target_id: e.targetId,
          details: json(e.details),
          ip: e.ip,
        })
        .execute()
    },
    async list(query) {
      let q = db.selectFrom('audit_log').selectAll()
      if (query.action) q = q.where('action', '=', query.action)
      if (query.targetType) q = q.where('target_type', '=', query.targetType)
      if (query.targetId) q = q.where('target_id', '=', query.targetId)
      const rows = await q.orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute()
      return rows.map((r) => ({
        id: r.id,
        at: r.at,
        userId: r.user_id,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        details: parseJson<Record<string, unknown>>(r.details),
        ip: r.ip,
      }))
    },
    async count({ action, targetId, ip, since }) {
      let q = db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('action', '=', action)
        .where('at', '>=', utc(since))
      if (targetId !== undefined) q = q.where('target_id', '=', targetId)
      if (ip !== undefined) q = q.where('ip', '=', ip)
      return Number((await q.executeTakeFirstOrThrow()).n)
    },
  }
}
