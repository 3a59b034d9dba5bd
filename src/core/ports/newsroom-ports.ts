import type { Presence } from '../presence.ts'
import type {
  AuditEntry,
  Correction,
  NewAuditEntry,
  Revision,
  SessionRecord,
  TokenRecord,
  Webhook,
  WebhookDelivery,
} from '../newsroom-records.ts'
import type { Role } from '../roles.ts'
import type { User, UserRecord } from '../user.ts'
import type { WebhookEvent } from '../workflow.ts'

export interface UserRepository {
  get(id: number): Promise<UserRecord | null>
  getByEmail(email: string): Promise<UserRecord | null>
  list(): Promise<User[]>
  count(): Promise<number>
  create(input: {
    email: string
    name: string
    role: Role
    passwordHash: string
    mustChangePassword: boolean
    deskIds: readonly number[]
  }): Promise<UserRecord>
  update(
    id: number,
    patch: Partial<Pick<UserRecord, 'name' | 'role' | 'disabled' | 'passwordHash' | 'mustChangePassword'>> & {
      deskIds?: readonly number[]
    },
  ): Promise<UserRecord>
}

export interface SessionRepository {
  create(session: SessionRecord): Promise<void>
  get(id: string): Promise<SessionRecord | null>
  touch(id: string, at: string): Promise<void>
  delete(id: string): Promise<void>
  deleteForUser(userId: number): Promise<void>
  prune(now: string): Promise<void>
}

export interface TokenRepository {
  create(input: Omit<TokenRecord, 'id' | 'lastUsedAt'>): Promise<TokenRecord>
  getByHash(hash: string): Promise<TokenRecord | null>
  touch(id: number, at: string): Promise<void>
  deleteForUser(userId: number): Promise<void>
}

export interface RevisionRepository {
  append(input: Omit<Revision, 'id' | 'number'>): Promise<Revision>
  list(articleId: number): Promise<Omit<Revision, 'content'>[]>
  get(articleId: number, number: number): Promise<Revision | null>
  latest(articleId: number): Promise<Revision | null>
}

export interface CorrectionRepository {
  add(input: Omit<Correction, 'id'>): Promise<Correction>
  list(articleId: number): Promise<Correction[]>
}

export interface AuditRepository {
  append(entry: NewAuditEntry): Promise<void>
  list(query: {
    action?: string
    targetType?: string
    targetId?: string
    limit: number
    offset: number
  }): Promise<AuditEntry[]>
  /** How many entries of `action` about `targetId` (or from `ip`) since `since`: for counting failed sign-ins. */
  count(query: { action: string; targetId?: string; ip?: string; since: string }): Promise<number>
}

export interface WebhookRepository {
  list(): Promise<Webhook[]>
  get(id: number): Promise<Webhook | null>
  create(input: Omit<Webhook, 'id'>): Promise<Webhook>
  delete(id: number): Promise<void>
  subscribedTo(event: WebhookEvent): Promise<Webhook[]>
}

export interface DeliveryRepository {
  enqueue(input: { webhookId: number; event: WebhookEvent; payload: string; at: string }): Promise<void>
  /** Pending deliveries due by `now`, oldest first. */
  due(now: string, limit: number): Promise<WebhookDelivery[]>
  /** Takes a delivery for one attempt, unless another process already has: true when this one may send it. */
  claim(id: number, attempts: number, until: string): Promise<boolean>
  /** Writes an attempt's outcome, only while that attempt (`attempts`, as claimed) is still the latest. */
  record(
    id: number,
    attempts: number,
    outcome: Pick<
      WebhookDelivery,
      'status' | 'nextAttemptAt' | 'lastStatusCode' | 'lastError' | 'deliveredAt'
    >,
  ): Promise<void>
  list(webhookId: number, limit: number): Promise<WebhookDelivery[]>
}

export interface PresenceRepository {
  /** Records that someone has the story open (and whether they hold its editor) at `at`. */
  upsert(input: { articleId: number; userId: number; editing: boolean; at: string }): Promise<void>
  /** Takes the editor from everyone but `exceptUserId`. */
  releaseEditing(articleId: number, exceptUserId: number): Promise<void>
  remove(articleId: number, userId: number): Promise<void>
  /** Who has these stories open, heard from since `seenSince`, first opened first. */
  list(articleIds: readonly number[], seenSince: string): Promise<Presence[]>
  prune(seenBefore: string): Promise<void>
}
