import { canEdit, canRead } from '../../core/access.ts'
import { articleContentSchema, workingCopy } from '../../core/article.ts'
import { changedContentFields } from '../../core/content-diff.ts'
import { ForbiddenError } from '../../core/errors.ts'
import { storyNewsroomKeys } from '../../core/newsroom-keys.ts'
import type { Revision } from '../../core/newsroom-records.ts'
import { PRESENCE_TTL_MS, type Presence } from '../../core/presence.ts'
import type { Actor } from '../../core/roles.ts'
import { commitChange } from '../commit-change.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { contentError } from './create-story.ts'
import { assertUnlocked, readableStory } from './story-access.ts'
import { splitFields, type ActionContext, type StoryFields } from './story-fields.ts'

/** Who has a story open, and whether the caller holds its editor. */
export interface StoryPresence {
  /** The person holding the editor, if anyone does. */
  editingBy: { userId: number; name: string } | null
  present: { userId: number; name: string; editing: boolean; openedAt: string }[]
  youEdit: boolean
}

const view = (entries: Presence[], userId: number): StoryPresence => {
  const holder = entries.find((p) => p.editing)
  return {
    editingBy: holder ? { userId: holder.userId, name: holder.userName } : null,
    present: entries.map((p) => ({
      userId: p.userId,
      name: p.userName,
      editing: p.editing,
      openedAt: p.openedAt,
    })),
    youEdit: holder?.userId === userId,
  }
}
const shape = (entries: Presence[]) =>
  entries
    .map((p) => `${p.userId}:${p.editing ? 'e' : 'r'}`)
    .sort()
    .join(',')

/**
 * A screen says it has a story open (every 20 seconds while it does), and whether it wants the editor. The editor is
 * one person's at a time: asking for it while someone else holds it gives a reading view, unless `takeOver` — then
 * the holder loses it at once, hears so through the live events, and keeps their unsaved text as a revision
 * (`keepUnsavedText`). Joining, leaving and changes of who edits are announced to the desk; a plain heartbeat is not.
 */
export async function announcePresence(
  deps: ServiceDeps,
  actor: Actor,
  articleId: number,
  wish: { editing: boolean; takeOver: boolean },
  context: ActionContext,
): Promise<StoryPresence> {
  const article = await readableStory(deps.store, actor, articleId)
  const wantsEditor = wish.editing || wish.takeOver
  if (wantsEditor) {
    if (!canEdit(actor, article)) throw new ForbiddenError('You may not edit this story')
    assertUnlocked(article)
  }
  const now = deps.clock.now()
  const at = now.toISOString()
  const since = new Date(now.getTime() - PRESENCE_TTL_MS).toISOString()
  return commitChange(deps, async (tx) => {
    const before = await tx.presence.list([articleId], since)
    const holder = before.find((p) => p.editing && p.userId !== actor.userId)
    let editing = wantsEditor
    let reason = 'presence'
    if (holder && wish.takeOver) {
      await tx.presence.releaseEditing(articleId, actor.userId)
      reason = 'presence.takeover'
      await tx.audit.append({
        at,
        userId: actor.userId,
        action: 'article.takeover',
        targetType: 'article',
        targetId: String(articleId),
        details: { from: holder.userId },
        ip: context.ip,
      })
    } else if (holder) {
      editing = false
    }
    await tx.presence.upsert({ articleId, userId: actor.userId, editing, at })
    const after = await tx.presence.list([articleId], since)
    const keys = storyNewsroomKeys(article)
    return {
      result: view(after, actor.userId),
      change: shape(before) === shape(after) ? null : { keys, reason },
    }
  })
}

/** The screen closed the story (or its tab). */
export async function leavePresence(deps: ServiceDeps, actor: Actor, articleId: number): Promise<void> {
  const article = await readableStory(deps.store, actor, articleId)
  await commitChange(deps, async (tx) => {
    await tx.presence.remove(articleId, actor.userId)
    const keys = storyNewsroomKeys(article)
    return { result: undefined, change: { keys, reason: 'presence' } }
  })
}

/** Who has which of these stories open (only stories the caller may see; the others are left out, not refused). */
export async function presenceOf(
  deps: ServiceDeps,
  actor: Actor,
  articleIds: readonly number[],
): Promise<Record<number, StoryPresence>> {
  // One query for all of them; a story the caller may not see counts as one nobody has open.
  const visible = (await deps.store.articles.getMany(articleIds))
    .filter((a) => canRead(actor, a))
    .map((a) => a.id)
  const since = new Date(deps.clock.now().getTime() - PRESENCE_TTL_MS).toISOString()
  const entries = await deps.store.presence.list(visible, since)
  const out: Record<number, StoryPresence> = {}
  for (const id of visible) {
    const mine = entries.filter((p) => p.articleId === id)
    if (mine.length) out[id] = view(mine, actor.userId)
  }
  return out
}

/**
 * Keeps text that was never saved (an editor that lost its hold, or a save refused as stale) as a revision of the
 * story, without changing the story: it shows in the history, to compare and restore. Nothing typed is lost.
 */
export async function keepUnsavedText(
  deps: ServiceDeps,
  actor: Actor,
  articleId: number,
  fields: StoryFields,
  context: ActionContext & { note?: string },
): Promise<Revision> {
  const at = deps.clock.now().toISOString()
  return commitChange(deps, async (tx) => {
    const article = await readableStory(tx, actor, articleId)
    if (!canEdit(actor, article)) throw new ForbiddenError('You may not edit this story')
    const { content } = splitFields(fields)
    const before = workingCopy(article)
    const parsed = articleContentSchema.safeParse({ ...before, ...content })
    if (!parsed.success) throw contentError('The text is not valid', parsed.error.issues)
    const revision = await tx.revisions.append({
      articleId,
      content: parsed.data,
      changedFields: changedContentFields(before, parsed.data),
      userId: actor.userId,
      note: context.note?.trim() ? `unsaved: ${context.note.trim()}` : 'unsaved text, kept',
      version: article.version,
      createdAt: at,
    })
    const keys = storyNewsroomKeys(article)
    return { result: revision, change: { keys, reason: 'article.unsaved-kept' } }
  })
}
