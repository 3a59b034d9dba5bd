/** A change to published content, named by the cache keys of everything it touches. */
export interface ContentChange {
  keys: string[]
  reason: string
}

export interface EventBus {
  publish(change: ContentChange): void
  subscribe(listener: (change: ContentChange) => void): () => void
}

export interface Clock {
  now(): Date
}

export interface Logger {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}
