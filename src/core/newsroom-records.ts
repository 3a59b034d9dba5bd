import type { ArticleContent } from './article.ts'
import type { WebhookEvent } from './workflow.ts'

/** A column of a desk's board: Incoming, Working, Ready … */
export interface Stage {
  id: number
  deskId: number
  name: string
  position: number
}

export const defaultStageNames = ['Incoming', 'Working', 'Ready'] as const

/** One save of a story: a whole snapshot, who made it, and which fields it changed. */
export interface Revision {
  id: number
  articleId: number
  /** 1, 2, 3 … per story. */
  number: number
  content: ArticleContent
  changedFields: string[]
  userId: number | null
  /** What kind of save: "edit", "create", "restore of 3", "wire version 2", "publish" … */
  note: string
  /** The story's version after this save. */
  version: number
  createdAt: string
}

/** A public correction note, shown on the page and in the structured data. */
export interface Correction {
  id: number
  articleId: number
  note: string
  userId: number | null
  createdAt: string
}

/** One line of the audit log: every transition and every action that touches permissions. */
export interface AuditEntry {
  id: number
  at: string
  userId: number | null
  action: string
  targetType: string
  targetId: string
  details: Record<string, unknown>
  ip: string | null
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>

export interface Webhook {
  id: number
  url: string
  secret: string
  events: WebhookEvent[]
  active: boolean
  createdAt: string
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed'

/** One attempt series to tell a webhook about one event: the delivery log. */
export interface WebhookDelivery {
  id: number
  webhookId: number
  event: WebhookEvent
  payload: string
  status: DeliveryStatus
  attempts: number
  nextAttemptAt: string | null
  lastStatusCode: number | null
  lastError: string | null
  createdAt: string
  deliveredAt: string | null
}

export interface SessionRecord {
  /** The SHA-256 of the session token; the token itself lives only in the browser's cookie. */
  id: string
  userId: number
  createdAt: string
  expiresAt: string
  lastSeenAt: string
}

export interface TokenRecord {
  id: number
  userId: number
  name: string
  /** The SHA-256 of the token; the token itself is shown once, when it is made. */
  hash: string
  createdAt: string
  lastUsedAt: string | null
}
