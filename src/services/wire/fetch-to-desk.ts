import { canCreateOn } from '../../core/access.ts'
import { newsroomKeys, storyNewsroomKeys, withNewsroomKeys } from '../../core/newsroom-keys.ts'
import type { Article } from '../../core/article.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.ts'
import type { Actor } from '../../core/roles.ts'
import { commitChange } from '../commit-change.ts'
import type { ServiceDeps } from '../service-deps.ts'
import type { ActionContext } from '../newsroom/story-fields.ts'
import { storyFromItem, wireContent } from './wire-story.ts'

/**
 * "Fetch to desk": a story made from the item's newest version, on the desk (and stage) the editor chose, with the
 * wire's source attribution, credits, embargo and provenance, ready to edit. A held or killed item cannot be
 * fetched; an item already fetched points to its story.
 */
export async function fetchToDesk(
  deps: ServiceDeps,
  actor: Actor,
  itemId: number,
  target: { deskId: number; stageId?: number },
  context: ActionContext,
): Promise<Article> {
  if (!canCreateOn(actor, target.deskId))
    throw new ForbiddenError('You may only fetch to your own desks', 'forbidden_desk')
  const at = deps.clock.now().toISOString()
  return commitChange(deps, async (tx) => {
    const item = await tx.wireItems.getById(itemId)
    if (!item) throw new NotFoundError('Wire item', itemId)
    if (item.status === 'canceled' || item.status === 'withheld') {
      throw new ConflictError(
        `The agency has ${item.status === 'canceled' ? 'killed' : 'withheld'} this item`,
        {
          code: `item_${item.status}`,
        },
      )
    }
    if (item.articleId !== null) {
      throw new ConflictError(`Item ${itemId} is already story ${item.articleId}`, {
        code: 'already_fetched',
        details: { articleId: item.articleId },
      })
    }
    if (!(await tx.desks.get(target.deskId))) throw new NotFoundError('Desk', target.deskId)
    const values = await storyFromItem(tx, item.normalized, {
      deskId: target.deskId,
      stageId: target.stageId ?? null,
      mode: 'fetched',
      createdBy: actor.userId,
    })
    const story = await tx.articles.create(values, at)
    await tx.revisions.append({
      articleId: story.id,
      content: await wireContent(tx, item.normalized, {
        deskId: story.deskId,
        sectionId: story.sectionId,
        slug: story.slug,
      }),
      changedFields: [],
      userId: actor.userId,
      note: `fetched from the wire (version ${item.version || '?'})`,
      version: story.version,
      createdAt: at,
    })
    await tx.wireItems.update(itemId, { status: 'fetched', articleId: story.id, deskId: target.deskId }, at)
    await tx.audit.append({
      at,
      userId: actor.userId,
      action: 'wire.fetch',
      targetType: 'article',
      targetId: String(story.id),
      details: { itemId, uri: item.uri, version: item.version },
      ip: context.ip,
    })
    const keys = [
      ...storyNewsroomKeys(story),
      ...(item.deskId !== null ? [newsroomKeys.ingest(item.deskId)] : []),
    ]
    return { result: story, change: withNewsroomKeys(null, keys, 'wire.fetch') }
  })
}
