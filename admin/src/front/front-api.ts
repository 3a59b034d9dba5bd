import { apiCall } from '../api/client.ts'
import type { Page, StorySummary } from '../api/types.ts'

/** A story pinned to a slot, as GET /front shows it; `published` false: the site passes it over (killed, taken off). */
export interface FrontPin {
  articleId: number
  headline: string
  published: boolean
}

/** The pinned stories by slot name (`lead`, `top-1`, `section:3` …); a slot not named is filled by the latest. */
export type FrontSlots = Record<string, FrontPin>

/** Front-page curation's calls to /api/v1. */
export const frontApi = {
  slots: () => apiCall<{ slots: FrontSlots }>('GET', '/front'),
  /**
   * Pins stories to slots (null empties one); slots not named keep their story. All or nothing: one bad slot (a story
   * not published, a section that is gone) is a 422 naming it, and nothing changes. Editors and above.
   */
  change: (slots: Record<string, number | null>) =>
    apiCall<{ slots: FrontSlots }>('PATCH', '/front', { body: { slots } }),
  /** Published stories, most recently changed first; `q` searches headline and summary. */
  published: (query: { q?: string; section?: number; limit: number }) =>
    apiCall<Page<StorySummary>>('GET', '/articles', { query: { ...query, status: 'published' } }),
}
