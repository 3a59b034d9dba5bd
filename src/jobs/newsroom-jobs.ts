import { publishDueStories, purgeSpikedStories } from '../services/newsroom/newsroom-jobs.ts'
import { makePendingRenditions } from '../services/pending-renditions.ts'
import type { ServiceDeps } from '../services/service-deps.ts'
import { pollDueSources } from '../services/wire/poll-sources.ts'
import { deliverDueWebhooks } from '../services/webhooks/deliver-webhooks.ts'
import type { Job } from './job-runner.ts'

const SECOND = 1000
const HOUR = 3_600_000

/** The server's background work. */
export function newsroomJobs(deps: ServiceDeps): Job[] {
  return [
    { name: 'publish-scheduled', everyMs: 5 * SECOND, run: () => publishDueStories(deps) },
    { name: 'deliver-webhooks', everyMs: 2 * SECOND, run: () => deliverDueWebhooks(deps) },
    { name: 'purge-spiked', everyMs: HOUR, run: () => purgeSpikedStories(deps) },
    { name: 'poll-sources', everyMs: 5 * SECOND, run: () => pollDueSources(deps) },
    // AVIF takes seconds a picture: one at a time, so it never starves the site of both cores for long.
    { name: 'make-renditions', everyMs: 2 * SECOND, run: () => makePendingRenditions(deps, 1) },
    {
      name: 'prune',
      everyMs: HOUR,
      run: async () => {
        const now = deps.clock.now()
        await deps.store.sessions.prune(now.toISOString())
        await deps.store.changes.prune(new Date(now.getTime() - 24 * HOUR).toISOString())
        await deps.store.presence.prune(new Date(now.getTime() - HOUR).toISOString())
      },
    },
  ]
}
