import type { ContentChange, Logger, Store } from '../core/ports.ts'

export interface PollerOptions {
  store: Pick<Store, 'changes'>
  /** This process's origin: its own changes were applied when they were made. */
  origin: string
  onChange: (change: ContentChange) => void
  logger: Logger
  intervalMs?: number
}

/**
 * Follows the change log that every operation appends to in its transaction, so that changes made by another
 * process (the CLI while the server runs, or another app node on PostgreSQL) drop the same cached pages here.
 */
export async function startChangeLogPoller(
  options: PollerOptions,
): Promise<{ stop(): void; pollNow(): Promise<void> }> {
  let seq = await options.store.changes.latestSeq()
  let running: Promise<void> | null = null
  const poll = async () => {
    try {
      for (;;) {
        const changes = await options.store.changes.since(seq, 500)
        for (const change of changes) {
          seq = change.seq
          if (change.origin !== options.origin) options.onChange(change)
        }
        if (changes.length < 500) break
      }
    } catch (error) {
      options.logger.warn(`Change log poll failed: ${(error as Error).message}`)
    }
  }
  const pollNow = () => (running ??= poll().finally(() => (running = null)))
  const timer = setInterval(() => void pollNow(), options.intervalMs ?? 1000)
  timer.unref()
  return { stop: () => clearInterval(timer), pollNow }
}
