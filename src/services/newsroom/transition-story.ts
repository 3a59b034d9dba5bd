import { workingCopy, type Article } from '../../core/article.ts'
import { storyNewsroomKeys, withNewsroomKeys } from '../../core/newsroom-keys.ts'
import { ConflictError, ValidationError } from '../../core/errors.ts'
import type { ArticlePatch, Repositories } from '../../core/ports.ts'
import type { Actor } from '../../core/roles.ts'
import { transitionFrom, type Transition } from '../../core/workflow.ts'
import { commitChange } from '../commit-change.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { loadSettings } from '../settings-service.ts'
import { publicationEffects } from './publication-effects.ts'
import { assertNotEmbargoed, publishStory } from './publish-story.ts'
import { assertVersion, storyForTransition } from './story-access.ts'
import type { ActionContext } from './story-fields.ts'

export type TransitionInput =
  | { transition: 'submit' | 'approve' | 'spike' | 'restore' }
  | { transition: 'publish'; minor?: boolean }
  | { transition: 'schedule'; at: string }
  | { transition: 'unpublish'; reason?: string }
  | { transition: 'correct'; note: string }
  | { transition: 'kill'; reason: string }

const DAY = 86_400_000

function refuse(article: Article, transition: Transition, why: string): never {
  throw new ConflictError(`Cannot ${transition} story ${article.id}: ${why}`, {
    code: 'invalid_transition',
    details: { currentState: article.state, currentStatus: article.status },
  })
}

/** The story after the transition, written in the caller's transaction. */
async function apply(
  tx: Repositories,
  article: Article,
  input: TransitionInput,
  ctx: { at: string; userId: number | null },
): Promise<Article> {
  const { at } = ctx
  const update = (patch: ArticlePatch) => tx.articles.update(article.id, patch, at, article.version)
  switch (input.transition) {
    case 'submit':
      return update({ state: 'submitted' })
    case 'approve':
      return update({ state: 'approved' })
    case 'publish':
      if (article.status === 'published' && !article.pending && article.state !== 'scheduled') {
        refuse(article, 'publish', 'it has no changes waiting')
      }
      return publishStory(tx, article, {
        at,
        minor: input.minor ?? false,
        userId: ctx.userId,
        note: 'publish',
      })
    case 'schedule': {
      if (Date.parse(input.at) <= Date.parse(at)) {
        throw new ValidationError('The time to publish must be in the future', [
          { path: 'at', message: 'is not in the future' },
        ])
      }
      assertNotEmbargoed(article, input.at)
      return update({ state: 'scheduled', scheduledAt: input.at })
    }
    case 'correct':
      if (article.status !== 'published')
        refuse(article, 'correct', 'only a published story can be corrected')
      return publishStory(tx, article, { at, userId: ctx.userId, note: 'correction' })
    case 'unpublish':
      if (article.status !== 'published') refuse(article, 'unpublish', 'it is not published')
      // Nothing is public any more, so the working copy becomes the story again.
      return update({
        ...workingCopy(article),
        pending: null,
        status: 'unpublished',
        state: 'draft',
        scheduledAt: null,
      })
    case 'kill':
      return update({
        status: 'killed',
        locked: true,
        scheduledAt: null,
        state: article.state === 'scheduled' ? 'draft' : article.state,
      })
    case 'spike':
      if (article.status === 'published') refuse(article, 'spike', 'unpublish it first')
      return update({ state: 'spiked', spikedAt: at, scheduledAt: null })
    case 'restore': {
      const { spikeRetentionDays } = await loadSettings(tx)
      if (article.spikedAt && Date.parse(article.spikedAt) + spikeRetentionDays * DAY < Date.parse(at)) {
        refuse(article, 'restore', `it was spiked more than ${spikeRetentionDays} days ago`)
      }
      return update({ state: 'draft', spikedAt: null })
    }
  }
}

/**
 * Moves a story along the workflow, based on `expectedVersion`: checks who may, from which state, embargo and lock;
 * writes the story, the audit entry, any correction note, webhook deliveries and the change of cached pages in one
 * transaction.
 */
export async function transitionStory(
  deps: ServiceDeps,
  actor: Actor,
  id: number,
  input: TransitionInput,
  expectedVersion: number,
  context: ActionContext,
): Promise<Article> {
  const at = deps.clock.now().toISOString()
  return commitChange(deps, async (tx) => {
    const article = await storyForTransition(tx, actor, id, input.transition)
    assertVersion(article, expectedVersion)
    if (!transitionFrom[input.transition].includes(article.state)) {
      refuse(article, input.transition, `it is ${article.state}`)
    }
    const after = await apply(tx, article, input, { at, userId: actor.userId })
    if (input.transition === 'correct') {
      await tx.corrections.add({ articleId: id, note: input.note, userId: actor.userId, createdAt: at })
    }
    await tx.audit.append({
      at,
      userId: actor.userId,
      action: `article.${input.transition}`,
      targetType: 'article',
      targetId: String(id),
      details: { ...input, fromState: article.state, fromStatus: article.status, version: after.version },
      ip: context.ip,
    })
    const change = await publicationEffects(tx, article, after, at, {
      ...(input.transition === 'correct' ? { correction: input.note } : {}),
    })
    return {
      result: after,
      change: withNewsroomKeys(change, storyNewsroomKeys(article, after), `article.${input.transition}`),
    }
  })
}
