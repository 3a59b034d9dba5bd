import type { WorkflowState } from '../api/types.ts'

const LABELS: Record<WorkflowState, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  scheduled: 'Scheduled',
  published: 'Published',
  spiked: 'Spiked',
}

/** Where a story stands in the workflow: a word, with a colour only as a second cue. */
export function StateBadge({ state }: { state: WorkflowState }) {
  return <span className={`badge state-${state}`}>{LABELS[state]}</span>
}
