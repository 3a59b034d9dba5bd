import type { Source } from '../../core/wire-desk.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { pollUrl } from './poll-url.ts'
import { receiveDocument } from './receive-document.ts'
import { claimNewFiles } from './watch-folder.ts'

/** After errors the wait doubles with each failure in a row, up to an hour. */
export function nextPollDelay(source: Pick<Source, 'intervalSeconds'>, failures: number): number {
  return Math.min(
    source.intervalSeconds * 1000 * 2 ** failures,
    Math.max(3_600_000, source.intervalSeconds * 1000),
  )
}

const formatOf = (s: Source) => (s.format === 'auto' ? {} : { format: s.format })

async function pollOne(deps: ServiceDeps, source: Source, options: { fetch?: typeof fetch }): Promise<void> {
  if (source.kind === 'url') {
    const result = await pollUrl(source, options)
    if (result.kind === 'document') {
      await receiveDocument(deps, { bytes: result.bytes, origin: source.url!, source, ...formatOf(source) })
      await deps.store.sources.update(source.id, {
        state: { etag: result.etag, lastModified: result.lastModified },
      })
    }
    return
  }
  for (const file of await claimNewFiles(source.dir!, deps.clock.now())) {
    const received = await receiveDocument(deps, {
      bytes: file.bytes,
      origin: file.name,
      source,
      baseDir: source.dir!,
      ...formatOf(source),
    })
    const failed =
      received.error ??
      (received.items.length > 0 && received.items.every((i) => i.outcome === 'failed')
        ? { message: received.items[0]!.detail ?? 'failed' }
        : null)
    await file.finish(!failed, failed?.message)
  }
}

/**
 * Polls every source that is due: each is claimed first (so one node polls it), then fetched or its folder read.
 * Success resets the backoff; an error is kept in the source's state and pushes the next poll further out.
 */
export async function pollDueSources(
  deps: ServiceDeps,
  options: { fetch?: typeof fetch } = {},
): Promise<number> {
  const now = deps.clock.now()
  let polled = 0
  for (const source of await deps.store.sources.due(now.toISOString())) {
    const next = new Date(now.getTime() + nextPollDelay(source, source.state.failures)).toISOString()
    if (!(await deps.store.sources.claim(source.id, source.state.nextPollAt, next))) continue
    polled++
    try {
      await pollOne(deps, source, options)
      await deps.store.sources.update(source.id, {
        state: {
          failures: 0,
          lastSuccessAt: now.toISOString(),
          nextPollAt: new Date(now.getTime() + source.intervalSeconds * 1000).toISOString(),
        },
      })
    } catch (error) {
      const failures = source.state.failures + 1
      const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message
      deps.logger.warn(`Source ${source.name}: ${reason}`)
      await deps.store.sources.update(source.id, {
        state: {
          failures,
          lastError: reason,
          lastErrorAt: now.toISOString(),
          nextPollAt: new Date(now.getTime() + nextPollDelay(source, failures)).toISOString(),
        },
      })
    }
  }
  return polled
}
