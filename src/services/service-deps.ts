import type {
  Clock,
  EventBus,
  ImageProcessor,
  Logger,
  MediaStorage,
  ResourceFetcher,
  Store,
  WireParser,
} from '../core/ports.ts'

/** Everything an operation may use, passed in by src/app.ts. No operation reaches for a global. */
export interface ServiceDeps {
  store: Store
  media: MediaStorage
  images: ImageProcessor
  fetcher: ResourceFetcher
  parseWire: WireParser
  /** This process's own committed changes. */
  events: EventBus
  /**
   * Every committed change this process knows of: its own (from `events`) and other processes' and nodes' (from the
   * change-log poller, while the site runs). What live newsroom screens listen to.
   */
  changes: EventBus
  clock: Clock
  logger: Logger
  /** This process's name in the change log, so it does not apply its own changes twice. */
  origin: string
}
