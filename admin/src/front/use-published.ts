import { useEffect, useState } from 'react'
import type { StorySummary } from '../api/types.ts'
import { useLiveRefresh } from '../live/use-live-refresh.tsx'
import { useResource, type Resource } from '../ui/use-resource.ts'
import { frontApi } from './front-api.ts'

const TYPING_PAUSE_MS = 250
/** How many published stories to offer at once; a search finds older ones. */
export const PUBLISHED_LIMIT = 40

/** The data type of a story dragged from the list to a slot: `{"articleId":12,"headline":"…"}`. */
export const STORY_DRAG_TYPE = 'application/x-dateline-story'

/**
 * Published stories that can be pinned, most recently changed first, searched by `text` (after a pause in typing);
 * refreshed when a desk's stories change (a story published meanwhile).
 */
export function usePublished(
  text: string,
): Resource<{ items: StorySummary[]; total: number }> & { searched: string } {
  const [searched, setSearched] = useState(text.trim())
  useEffect(() => {
    const timer = window.setTimeout(() => setSearched(text.trim()), TYPING_PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [text])
  const stories = useResource(
    () => frontApi.published({ ...(searched ? { q: searched } : {}), limit: PUBLISHED_LIMIT }),
    [searched],
  )
  useLiveRefresh((key) => key.startsWith('desk:'), stories.reload)
  return { ...stories, searched }
}
