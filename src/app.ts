import { mkdirSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { Config } from './config.ts'
import { consoleLogger } from './console-logger.ts'
import type { Logger } from './core/ports.ts'
import { startChangeLogPoller } from './events/change-log-poller.ts'
import { inProcessEventBus } from './events/in-process-event-bus.ts'
import { createServer } from './http/create-server.ts'
import { startJobs } from './jobs/job-runner.ts'
import { newsroomJobs } from './jobs/newsroom-jobs.ts'
import { fileMediaStorage, mediaRoot } from './media/file-media-storage.ts'
import { resourceFetcher } from './media/resource-fetcher.ts'
import { sharpImageProcessor } from './media/sharp-image-processor.ts'
import { parseWireDocument } from './ingest/parse-wire-document.ts'
import type { ServiceDeps } from './services/service-deps.ts'
import { cdnPurger } from './services/site/cdn-purge.ts'
import { readerCacheControl, readerSecurityHeaders } from './http/security-headers.ts'
import { RenderCache } from './site/cache/render-cache.ts'
import { openStore } from './store/open-store.ts'

/**
 * The one place that wires adapters into services. Everything else receives what it needs as arguments.
 */
export interface AppContext {
  config: Config
  deps: ServiceDeps
  close(): Promise<void>
}

export async function openAppContext(config: Config, options: { logger?: Logger } = {}): Promise<AppContext> {
  const logger = options.logger ?? consoleLogger()
  mkdirSync(join(mediaRoot(config.dataDir), 'r'), { recursive: true })
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  const events = inProcessEventBus((error) =>
    logger.error(`Event listener failed: ${(error as Error).message}`),
  )
  const changes = inProcessEventBus((error) =>
    logger.error(`Change listener failed: ${(error as Error).message}`),
  )
  events.subscribe((change) => changes.publish(change))
  const deps: ServiceDeps = {
    store,
    media: fileMediaStorage(mediaRoot(config.dataDir)),
    images: sharpImageProcessor(),
    fetcher: resourceFetcher(),
    parseWire: parseWireDocument,
    events,
    changes,
    clock: { now: () => new Date() },
    logger,
    origin: `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`,
  }
  const purger = cdnPurger({ store, logger })
  const stopPurging = deps.events.subscribe((change) => purger.purge(change))
  return {
    config,
    deps,
    async close() {
      stopPurging()
      await purger.flush()
      await store.close()
    },
  }
}

export interface RunningSite {
  server: FastifyInstance
  cache: RenderCache
  /** Runs every background job now (tests; an operator's nudge). */
  jobs: { runAll(): Promise<void> }
  url: string
  close(): Promise<void>
}

/** Starts the reader site on the context: render cache, change following, HTTP. */
export async function startSite(ctx: AppContext): Promise<RunningSite> {
  const { deps, config } = ctx
  const cache = new RenderCache({
    maxBytes: config.cacheMb * 1024 * 1024,
    commonHeaders: readerSecurityHeaders,
    cacheControl: readerCacheControl,
    now: () => deps.clock.now().getTime(),
  })
  const unsubscribe = deps.events.subscribe((change) => cache.invalidate(change.keys))
  const poller = await startChangeLogPoller({
    store: deps.store,
    origin: deps.origin,
    logger: deps.logger,
    onChange: (change) => {
      cache.invalidate(change.keys)
      deps.changes.publish(change)
    },
  })
  const server = await createServer({
    store: deps.store,
    cache,
    clock: deps.clock,
    logger: deps.logger,
    mediaDir: mediaRoot(config.dataDir),
    services: deps,
    trustProxy: config.trustProxy,
  })
  const jobs = startJobs(newsroomJobs(deps), deps.logger)
  const address = await server.listen({ port: config.port, host: config.host })
  const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost')
  return {
    server,
    cache,
    url,
    jobs,
    async close() {
      await jobs.stop()
      poller.stop()
      unsubscribe()
      await server.close()
    },
  }
}
