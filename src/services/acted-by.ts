import type { NewAuditEntry } from '../core/newsroom-records.ts'

/** Who made an administrative change and from where: the audit entry's user (null: the command line) and address. */
export interface ActedBy {
  userId: number | null
  ip: string | null
}

/** The audit entry of an administrative change, to append in the change's own transaction. */
export function auditEntry(entry: {
  by: ActedBy
  at: string
  action: string
  targetType: string
  targetId: number | string
  details?: Record<string, unknown>
}): NewAuditEntry {
  return {
    at: entry.at,
    userId: entry.by.userId,
    ip: entry.by.ip,
    action: entry.action,
    targetType: entry.targetType,
    targetId: String(entry.targetId),
    details: entry.details ?? {},
  }
}
