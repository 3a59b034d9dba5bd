import type { ContentChange, EventBus } from '../core/ports.ts'

/** Events inside one process. Other processes and nodes learn of changes through the change log (see poller). */
export function inProcessEventBus(onError: (error: unknown) => void = () => {}): EventBus {
  const listeners = new Set<(change: ContentChange) => void>()
  return {
    publish(change) {
      for (const listener of listeners) {
        try {
          listener(change)
        } catch (error) {
          onError(error)
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
