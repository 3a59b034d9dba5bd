import { newsroomApi } from '../api/newsroom-api.ts'
import type { BoardStories } from './board-columns.ts'

/** Stories in progress per state, up to this many each (the API's page limit). */
const WORKING_LIMIT = 100
/** The output column shows the newest published stories only. */
const PUBLISHED_LIMIT = 12

/**
 * One desk's stories, in five calls the API already has: each working state in full (up to the limit), what is
 * scheduled, and the newest published. Spiked stories stay off the board.
 */
export async function loadBoard(deskId: number): Promise<BoardStories> {
  const list = (state: 'draft' | 'submitted' | 'approved' | 'scheduled' | 'published', limit: number) =>
    newsroomApi.stories({ desk: deskId, state, limit })
  const [draft, submitted, approved, scheduled, published] = await Promise.all([
    list('draft', WORKING_LIMIT),
    list('submitted', WORKING_LIMIT),
    list('approved', WORKING_LIMIT),
    list('scheduled', WORKING_LIMIT),
    list('published', PUBLISHED_LIMIT),
  ])
  const working = [draft, submitted, approved]
  return {
    working: working.flatMap((p) => p.items),
    workingTotal: working.reduce((n, p) => n + p.total, 0),
    scheduled: scheduled.items,
    published: published.items,
    publishedTotal: published.total,
  }
}
