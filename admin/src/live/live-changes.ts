/** Which parts of the newsroom changed: the keys named by the server, or `all` when changes may have been missed. */
export type LiveChange = ReadonlySet<string> | 'all'
type Listener = (change: LiveChange) => void

/** How often to look again when the live stream is not open (not there yet, or the connection dropped). */
export const FALLBACK_REFRESH_MS = 30_000

/**
 * Follows `GET /api/v1/events`, a server-sent-events stream whose `change` events carry
 * `{"keys": ["desk:3", "ingest:3", …]}`. Without the stream (an older server, a proxy that buffers, a dropped
 * connection) nothing breaks: every listener is asked to refresh every 30 seconds instead, and once more when the
 * stream opens again, since changes may have happened while it was away.
 */
export function followLiveChanges(): { subscribe(listener: Listener): () => void; stop(): void } {
  const listeners = new Set<Listener>()
  const emit = (change: LiveChange) => listeners.forEach((l) => l(change))
  let source: EventSource | null = null
  let opened = false

  if (typeof EventSource !== 'undefined') {
    source = new EventSource('/api/v1/events')
    source.addEventListener('open', () => {
      if (opened) emit('all')
      opened = true
    })
    source.addEventListener('change', (event) => {
      try {
        const keys = (JSON.parse((event as MessageEvent<string>).data) as { keys?: unknown }).keys
        if (Array.isArray(keys)) emit(new Set(keys.filter((k): k is string => typeof k === 'string')))
      } catch {
        emit('all')
      }
    })
    // EventSource reconnects by itself after a dropped connection; an answer that is not a stream closes it for
    // good, and the timer below carries on alone.
  }
  const streaming = () => source !== null && source.readyState === EventSource.OPEN
  const timer = window.setInterval(() => {
    if (!streaming() && document.visibilityState === 'visible') emit('all')
  }, FALLBACK_REFRESH_MS)
  const onVisible = () => {
    if (!streaming() && document.visibilityState === 'visible') emit('all')
  }
  document.addEventListener('visibilitychange', onVisible)

  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    stop() {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
      source?.close()
      listeners.clear()
    },
  }
}
