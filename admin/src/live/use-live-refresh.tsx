import { createContext, useContext, useEffect, useLayoutEffect, useRef } from 'react'
import type { followLiveChanges, LiveChange } from './live-changes.ts'

export const LiveContext = createContext<ReturnType<typeof followLiveChanges> | null>(null)

/** Calls `refresh` when a change names one of `keys` (e.g. `desk:3`), or when changes may have been missed. */
export function useLiveRefresh(
  keys: readonly string[] | ((key: string) => boolean),
  refresh: () => void,
): void {
  const live = useContext(LiveContext)
  const latest = useRef({ keys, refresh })
  useLayoutEffect(() => {
    latest.current = { keys, refresh }
  })
  useEffect(() => {
    if (!live) return
    return live.subscribe((change: LiveChange) => {
      const { keys: wanted, refresh: run } = latest.current
      const matches = typeof wanted === 'function' ? wanted : (k: string) => wanted.includes(k)
      if (change === 'all' || [...change].some(matches)) run()
    })
  }, [live])
}
