import { canEdit, canRead, canTransition } from '../../core/access.ts'
import type { Article } from '../../core/article.ts'
import { ConflictError, ForbiddenError, NotFoundError } from '../../core/errors.ts'
import type { Repositories } from '../../core/ports.ts'
import type { Actor } from '../../core/roles.ts'
import type { Transition } from '../../core/workflow.ts'

/**
 * The story, if this actor may see it. A story the actor may not see answers exactly like one that does not exist,
 * so another desk's unpublished work does not even show its id.
 */
export async function readableStory(
  tx: Pick<Repositories, 'articles'>,
  actor: Actor,
  id: number,
): Promise<Article> {
  const article = await tx.articles.get(id)
  if (!article || !canRead(actor, article)) throw new NotFoundError('Article', id)
  return article
}

export async function editableStory(
  tx: Pick<Repositories, 'articles'>,
  actor: Actor,
  id: number,
): Promise<Article> {
  const article = await readableStory(tx, actor, id)
  if (!canEdit(actor, article)) throw new ForbiddenError('You may not edit this story')
  assertUnlocked(article)
  return article
}

export async function storyForTransition(
  tx: Pick<Repositories, 'articles'>,
  actor: Actor,
  id: number,
  transition: Transition,
): Promise<Article> {
  const article = await readableStory(tx, actor, id)
  if (!canTransition(actor, article, transition)) {
    throw new ForbiddenError(`Your role may not ${transition} this story`)
  }
  assertUnlocked(article)
  return article
}

export function assertUnlocked(article: Article): void {
  if (article.locked) {
    throw new ConflictError(`Story ${article.id} was killed and is locked`, { code: 'locked' })
  }
}

/** The version a write was based on must be the current one, or the write would overwrite someone's edit. */
export function assertVersion(article: Article, expectedVersion: number): void {
  if (article.version !== expectedVersion) {
    throw new ConflictError(
      `Story ${article.id} has changed since version ${expectedVersion}: it is now at version ${article.version}`,
      { code: 'version_conflict', details: { currentVersion: article.version } },
    )
  }
}
