import type { Article, ArticleContent } from '../../core/article.ts'
import { storyNewsroomKeys, withNewsroomKeys } from '../../core/newsroom-keys.ts'
import { ConflictError } from '../../core/errors.ts'
import type { Actor } from '../../core/roles.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { commitChange } from '../commit-change.ts'
import { assertVersion, editableStory } from '../newsroom/story-access.ts'
import type { ActionContext } from '../newsroom/story-fields.ts'
import { updateStory } from '../newsroom/update-story.ts'
import { wireContent } from './wire-story.ts'

/** The fields a wire update may bring into a desk's story; placement (desk, section, address) stays the desk's. */
const FROM_WIRE = [
  'headline',
  'summary',
  'body',
  'contributors',
  'source',
  'leadImage',
  'dateline',
  'topics',
] as const

/**
 * Takes the wire's newer version into a fetched story, as a new save (a pending update if the story is live), and
 * clears the flag. A kill or hold is not "applied": the desk decides (unpublish or kill) and dismisses the flag.
 */
export async function applyWireUpdate(
  deps: ServiceDeps,
  actor: Actor,
  articleId: number,
  expectedVersion: number,
  context: ActionContext,
): Promise<Article> {
  const story = await editableStory(deps.store, actor, articleId)
  assertVersion(story, expectedVersion)
  const flag = story.wireUpdate
  if (!flag || (flag.kind !== 'update' && flag.kind !== 'correction')) {
    throw new ConflictError(`Story ${articleId} has no wire update to apply`, { code: 'no_wire_update' })
  }
  const item = await deps.store.wireItems.getById(flag.itemId)
  if (!item) throw new ConflictError('The wire item is gone', { code: 'no_wire_update' })
  const incoming = await deps.store.transaction((tx) =>
    wireContent(tx, item.normalized, { deskId: story.deskId, sectionId: story.sectionId, slug: story.slug }),
  )
  const fields: Partial<ArticleContent> = {}
  for (const key of FROM_WIRE) (fields as Record<string, unknown>)[key] = incoming[key]
  const updated = await updateStory(deps, actor, articleId, fields, expectedVersion, {
    ...context,
    note: `wire version ${item.version || '?'} applied`,
  })
  return dismiss(deps, actor, updated, item.version, context)
}

/** Clears the flag (the desk has seen it), moving the story's provenance to the version it now reflects. */
export async function dismissWireUpdate(
  deps: ServiceDeps,
  actor: Actor,
  articleId: number,
  expectedVersion: number,
  context: ActionContext,
): Promise<Article> {
  const story = await editableStory(deps.store, actor, articleId)
  assertVersion(story, expectedVersion)
  if (!story.wireUpdate)
    throw new ConflictError(`Story ${articleId} has no wire update`, { code: 'no_wire_update' })
  return dismiss(deps, actor, story, null, context)
}

async function dismiss(
  deps: ServiceDeps,
  actor: Actor,
  story: Article,
  appliedVersion: string | null,
  context: ActionContext,
) {
  const at = deps.clock.now().toISOString()
  return commitChange(deps, async (tx) => {
    const after = await tx.articles.update(
      story.id,
      {
        wireUpdate: null,
        ...(appliedVersion !== null && story.provenance
          ? { provenance: { ...story.provenance, version: appliedVersion } }
          : {}),
      },
      at,
      story.version,
    )
    await tx.audit.append({
      at,
      userId: actor.userId,
      action: appliedVersion !== null ? 'wire.apply' : 'wire.dismiss',
      targetType: 'article',
      targetId: String(story.id),
      details: { flag: story.wireUpdate },
      ip: context.ip,
    })
    return { result: after, change: withNewsroomKeys(null, storyNewsroomKeys(after), 'wire.update-flag') }
  })
}
