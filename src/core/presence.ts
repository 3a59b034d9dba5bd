/** Someone with a story open in the newsroom. */
export interface Presence {
  articleId: number
  userId: number
  userName: string
  /** Holding the story's editor (one person at a time); the others have it open to read. */
  editing: boolean
  openedAt: string
  seenAt: string
}

/**
 * A screen says it is still there every 20 seconds; one not heard from for this long has gone (closed tab, lost
 * network), and its hold on the editor lapses.
 */
export const PRESENCE_TTL_MS = 60_000
