import type { ContentChange, Repositories } from '../core/ports.ts'
import type { ServiceDeps } from './service-deps.ts'

/**
 * The one way an operation writes: its work runs in a transaction together with the change-log entry naming what it
 * changed, and only after the commit does this process's event bus hear of it. Either all of it lands or none.
 */
export async function commitChange<T>(
  deps: Pick<ServiceDeps, 'store' | 'events' | 'clock' | 'origin'>,
  work: (tx: Repositories) => Promise<{ result: T; change: ContentChange | null }>,
): Promise<T> {
  const { result, change } = await deps.store.transaction(async (tx) => {
    const outcome = await work(tx)
    if (outcome.change && outcome.change.keys.length > 0) {
      await tx.changes.append(outcome.change, deps.origin, deps.clock.now().toISOString())
    }
    return outcome
  })
  if (change && change.keys.length > 0) deps.events.publish(change)
  return result
}
