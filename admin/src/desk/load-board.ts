import { newsroomApi } from '../api/newsroom-api.ts'
import type { BoardStories } from './board-columns.ts'

/** Stories in progress, up to this many (the API's page limit). */
const WORKING_LIMIT = 100
/** The output column shows the newest published stories only. */
const PUBLISHED_LIMIT = 12

/**
 * One desk's stories in three calls: the work in progress (draft, submitted, approved; up to the limit), what is
 * scheduled, and the newest published. Spiked stories stay off the board.
 */
export async function loadBoard(deskId: number): Promise<BoardStories> {
  const [working, scheduled, published] = await Promise.all([
    newsroomApi.stories({ desk: deskId, state: ['draft', 'submitted', 'approved'], limit: WORKING_LIMIT }),
    newsroomApi.stories({ desk: deskId, state: 'scheduled', limit: WORKING_LIMIT }),
    newsroomApi.stories({ desk: deskId, state: 'published', limit: PUBLISHED_LIMIT }),
  ])
  return {
    working: working.items,
    workingTotal: working.total,
    scheduled: scheduled.items,
    published: published.items,
    publishedTotal: published.total,
  }
}
