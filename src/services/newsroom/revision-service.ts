import type { Article } from '../../core/article.ts'
import { NotFoundError } from '../../core/errors.ts'
import type { Revision } from '../../core/newsroom-records.ts'
import type { Actor } from '../../core/roles.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { diffContent, type ContentDiff } from './revision-diff.ts'
import { readableStory } from './story-access.ts'
import type { ActionContext } from './story-fields.ts'
import { updateStory } from './update-story.ts'

export async function listRevisions(deps: ServiceDeps, actor: Actor, articleId: number) {
  await readableStory(deps.store, actor, articleId)
  return deps.store.revisions.list(articleId)
}

export async function getRevision(
  deps: ServiceDeps,
  actor: Actor,
  articleId: number,
  number: number,
): Promise<Revision> {
  await readableStory(deps.store, actor, articleId)
  const revision = await deps.store.revisions.get(articleId, number)
  if (!revision) throw new NotFoundError('Revision', `${articleId}/${number}`)
  return revision
}

/** Any two revisions of a story, compared. */
export async function compareRevisions(
  deps: ServiceDeps,
  actor: Actor,
  articleId: number,
  from: number,
  to: number,
): Promise<{ from: Omit<Revision, 'content'>; to: Omit<Revision, 'content'>; diff: ContentDiff }> {
  const [a, b] = [
    await getRevision(deps, actor, articleId, from),
    await getRevision(deps, actor, articleId, to),
  ]
  const { content: ca, ...metaA } = a
  const { content: cb, ...metaB } = b
  return { from: metaA, to: metaB, diff: diffContent(ca, cb) }
}

/**
 * Brings back an earlier revision as a new save (history is never rewritten). On a published story it becomes the
 * pending revision, like any other edit.
 */
export async function restoreRevision(
  deps: ServiceDeps,
  actor: Actor,
  articleId: number,
  number: number,
  expectedVersion: number,
  context: ActionContext,
): Promise<Article> {
  const revision = await getRevision(deps, actor, articleId, number)
  return updateStory(deps, actor, articleId, revision.content, expectedVersion, {
    ...context,
    note: `restore of revision ${number}`,
  })
}
