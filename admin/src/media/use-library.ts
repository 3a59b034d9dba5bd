import { useCallback, useEffect, useRef, useState } from 'react'
import { mediaApi, type LibraryAsset } from './media-api.ts'

/** How many pictures a page of the library holds; "Show more" adds the next. */
export const LIBRARY_PAGE = 24
const TYPING_PAUSE_MS = 250

/** A page-at-a-time view of the library, with what the media screens do to it. */
export interface Library {
  items: LibraryAsset[]
  total: number
  /** The text searched for (after a pause in typing). */
  searched: string
  loading: boolean
  error: unknown
  more(): void
  reload(): void
  /** A picture just uploaded goes first, as the newest. */
  add(asset: LibraryAsset): void
  /** A picture changed (saved details) replaces its old self in place. */
  replace(asset: LibraryAsset): void
}

/**
 * The library searched by `text` (after a pause in typing), a page at a time. An answer that arrives after a newer
 * request was made is dropped, so fast typing never shows an older list.
 */
export function useLibrary(text: string, pageSize = LIBRARY_PAGE): Library {
  const [searched, setSearched] = useState(text.trim())
  useEffect(() => {
    const timer = window.setTimeout(() => setSearched(text.trim()), TYPING_PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [text])

  const [state, setState] = useState<{
    items: LibraryAsset[]
    total: number
    loading: boolean
    error: unknown
  }>({ items: [], total: 0, loading: true, error: null })
  const ticket = useRef(0)
  const load = useCallback(
    (offset: number, keep: LibraryAsset[]) => {
      const mine = ++ticket.current
      setState((s) => ({ ...s, loading: true }))
      mediaApi.list({ ...(searched ? { q: searched } : {}), limit: pageSize, offset }).then(
        (page) => {
          if (mine !== ticket.current) return
          const seen = new Set(keep.map((a) => a.id))
          setState({
            items: [...keep, ...page.items.filter((a) => !seen.has(a.id))],
            total: page.total,
            loading: false,
            error: null,
          })
        },
        (error: unknown) => mine === ticket.current && setState((s) => ({ ...s, loading: false, error })),
      )
    },
    [searched, pageSize],
  )
  useEffect(() => load(0, []), [load])

  const items = state.items
  return {
    ...state,
    searched,
    more: () => load(items.length, items),
    reload: () => load(0, []),
    add: (asset) =>
      setState((s) => ({
        ...s,
        items: [asset, ...s.items.filter((a) => a.id !== asset.id)],
        total: s.total + 1,
      })),
    replace: (asset) =>
      setState((s) => ({ ...s, items: s.items.map((a) => (a.id === asset.id ? asset : a)) })),
  }
}
