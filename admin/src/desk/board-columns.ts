import type { Desk, StorySummary } from '../api/types.ts'

export interface BoardColumn {
  /** `stage:<id>`, or `out` for the column of scheduled and published stories. */
  key: string
  title: string
  stories: StorySummary[]
  /** How many there are in all: more than shown when only the newest were loaded. */
  total: number
}

/** What the board loads: the stories being worked on, and the desk's output. */
export interface BoardStories {
  working: StorySummary[]
  workingTotal: number
  scheduled: StorySummary[]
  published: StorySummary[]
  publishedTotal: number
}

const byNewestChange = (a: StorySummary, b: StorySummary) => b.modifiedAt.localeCompare(a.modifiedAt)
const bySchedule = (a: StorySummary, b: StorySummary) =>
  (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? '')

/**
 * A desk's board, as Superdesk draws one: a column per stage in the desk's order holding the stories being worked
 * on (draft, submitted, approved; a story with no stage of this desk waits in the first), then one column of what
 * the desk has put out: scheduled stories, soonest first, then the newest published.
 */
export function boardColumns(desk: Desk, loaded: BoardStories): BoardColumn[] {
  const stages = [...desk.stages].sort((a, b) => a.position - b.position || a.id - b.id)
  const columns: BoardColumn[] = stages.map((s) => ({
    key: `stage:${s.id}`,
    title: s.name,
    stories: [],
    total: 0,
  }))
  const index = new Map(stages.map((s, i) => [s.id, i]))
  for (const story of [...loaded.working].sort(byNewestChange)) {
    const column = columns[(story.stageId !== null ? index.get(story.stageId) : undefined) ?? 0]
    if (!column) continue
    column.stories.push(story)
    column.total++
  }
  const scheduled = [...loaded.scheduled].sort(bySchedule)
  columns.push({
    key: 'out',
    title: 'Published',
    stories: [...scheduled, ...loaded.published],
    total: scheduled.length + loaded.publishedTotal,
  })
  return columns
}
