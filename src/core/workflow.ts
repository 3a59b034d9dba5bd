/**
 * The story workflow, separate from the publish state. `state` is where the newsroom's working copy stands;
 * `status` (see article.ts) is what readers see. A published story that is being edited has status `published` and a
 * state before `published`: its pending revision is on its way through the desk.
 */
export const workflowStates = ['draft', 'submitted', 'approved', 'scheduled', 'published', 'spiked'] as const
export type WorkflowState = (typeof workflowStates)[number]

export const transitions = [
  'submit',
  'approve',
  'publish',
  'schedule',
  'unpublish',
  'correct',
  'kill',
  'spike',
  'restore',
] as const
export type Transition = (typeof transitions)[number]

/** From which workflow states each transition may start. Publication status is checked separately. */
export const transitionFrom: Record<Transition, readonly WorkflowState[]> = {
  submit: ['draft'],
  approve: ['submitted'],
  publish: ['draft', 'submitted', 'approved', 'scheduled'],
  schedule: ['draft', 'submitted', 'approved', 'scheduled'],
  unpublish: ['draft', 'submitted', 'approved', 'scheduled', 'published'],
  correct: ['draft', 'submitted', 'approved', 'published'],
  kill: ['draft', 'submitted', 'approved', 'scheduled', 'published', 'spiked'],
  spike: ['draft', 'submitted', 'approved'],
  restore: ['spiked'],
}

/** The webhook events a transition announces, when it changes what readers see. */
export const webhookEvents = [
  'article.published',
  'article.updated',
  'article.unpublished',
  'article.killed',
] as const
export type WebhookEvent = (typeof webhookEvents)[number]
