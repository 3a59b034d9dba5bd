import type { Article } from './article.ts'
import { atLeast, seesAllDesks, type Actor } from './roles.ts'
import type { Transition } from './workflow.ts'

type StoryScope = Pick<Article, 'deskId' | 'createdBy' | 'status'>

const onDesk = (actor: Actor, story: StoryScope) =>
  story.deskId !== null && actor.deskIds.includes(story.deskId)
const owns = (actor: Actor, story: StoryScope) => story.createdBy === actor.userId

/**
 * Whether the actor may see a story in the newsroom. Published stories are public anyway; an unpublished story is
 * seen only on its own desk (a reporter: on their desks), or by a chief or admin.
 */
export function canRead(actor: Actor, story: StoryScope): boolean {
  if (seesAllDesks(actor) || story.status === 'published') return true
  return onDesk(actor, story) || owns(actor, story)
}

/** Whether the actor may change a story's text and fields: editors on their desks, reporters their own stories. */
export function canEdit(actor: Actor, story: StoryScope): boolean {
  if (seesAllDesks(actor)) return true
  if (actor.role === 'editor') return onDesk(actor, story)
  return owns(actor, story) && (story.deskId === null || onDesk(actor, story))
}

/** Who may move a story along: the rules of the newsroom, not of the state machine (see workflow.ts for that). */
export function canTransition(actor: Actor, story: StoryScope, transition: Transition): boolean {
  switch (transition) {
    case 'submit':
    case 'spike':
    case 'restore':
      return canEdit(actor, story)
    case 'approve':
    case 'publish':
    case 'schedule':
    case 'correct':
      return atLeast(actor, 'editor') && canEdit(actor, story)
    case 'unpublish':
    case 'kill':
      return seesAllDesks(actor)
  }
}

/** Whether the actor may put a new story on a desk. */
export function canCreateOn(actor: Actor, deskId: number | null): boolean {
  if (seesAllDesks(actor)) return true
  return deskId !== null && actor.deskIds.includes(deskId)
}
