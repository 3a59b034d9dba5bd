import { canCreateOn } from '../../core/access.ts'
import { storyNewsroomKeys, withNewsroomKeys } from '../../core/newsroom-keys.ts'
import { articleContentSchema, workingCopy, type Article } from '../../core/article.ts'
import { changedContentFields, sameContent } from '../../core/content-diff.ts'
import { ForbiddenError } from '../../core/errors.ts'
import type { ArticlePatch } from '../../core/ports.ts'
import type { Actor } from '../../core/roles.ts'
import { slugify } from '../../core/slug.ts'
import { commitChange } from '../commit-change.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { contentError } from './create-story.ts'
import { assertVersion, editableStory } from './story-access.ts'
import { checkReferences, firstStage } from './story-references.ts'
import { splitFields, type ActionContext, type StoryFields } from './story-fields.ts'

/**
 * Saves an edit, based on `expectedVersion`. On a story readers can see, the edit waits as a pending revision until
 * it is published as an update; otherwise it changes the story itself. Every save is a revision.
 */
export async function updateStory(
  deps: ServiceDeps,
  actor: Actor,
  id: number,
  fields: StoryFields,
  expectedVersion: number,
  context: ActionContext & { note?: string },
): Promise<Article> {
  const at = deps.clock.now().toISOString()
  return commitChange(deps, async (tx) => {
    const article = await editableStory(tx, actor, id)
    assertVersion(article, expectedVersion)
    const { stageId, embargoedUntil, content } = splitFields(fields)
    const before = workingCopy(article)
    const merged = { ...before, ...content }
    // Until a story is public its address is free to follow its headline; after that it stays put unless set.
    if (article.status === 'draft' && content.headline !== undefined && content.slug === undefined) {
      merged.slug = slugify(content.headline)
    }
    const parsed = articleContentSchema.safeParse(merged)
    if (!parsed.success) throw contentError('The story is not valid', parsed.error.issues)
    const next = parsed.data

    const movesDesk = next.deskId !== article.deskId
    if (movesDesk && !canCreateOn(actor, next.deskId)) {
      throw new ForbiddenError('You may only move stories to your own desks', 'forbidden_desk')
    }
    const nextStage =
      stageId !== undefined ? stageId : movesDesk ? await firstStage(tx, next.deskId) : article.stageId
    await checkReferences(tx, next, nextStage)

    const patch: ArticlePatch = { stageId: nextStage }
    if (embargoedUntil !== undefined) patch.embargoedUntil = embargoedUntil
    if (article.status === 'published') {
      const live = workingCopy({ ...article, pending: null })
      const pending = sameContent(live, next) ? null : next
      patch.pending = pending
      if (pending && article.state === 'published') patch.state = 'draft'
      if (!pending && article.state === 'draft') patch.state = 'published'
    } else {
      Object.assign(patch, next)
    }

    const after = await tx.articles.update(id, patch, at, expectedVersion)
    const changed = [
      ...changedContentFields(before, next),
      ...(nextStage !== article.stageId ? ['stageId'] : []),
      ...(embargoedUntil !== undefined && embargoedUntil !== article.embargoedUntil
        ? ['embargoedUntil']
        : []),
    ]
    await tx.revisions.append({
      articleId: id,
      content: next,
      changedFields: changed,
      userId: actor.userId,
      note: context.note ?? 'edit',
      version: after.version,
      createdAt: at,
    })
    if (movesDesk) {
      await tx.audit.append({
        at,
        userId: actor.userId,
        action: 'article.move',
        targetType: 'article',
        targetId: String(id),
        details: { fromDesk: article.deskId, toDesk: next.deskId },
        ip: context.ip,
      })
    }
    return {
      result: after,
      change: withNewsroomKeys(null, storyNewsroomKeys(article, after), 'article.save'),
    }
  })
}
