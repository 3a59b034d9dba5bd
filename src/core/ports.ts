/**
 * The ports: what the core and the services need from the outside world, and nothing more.
 * Adapters (store, media, events) implement them; src/app.ts wires them together.
 */
export type * from './ports/article-ports.ts'
export type * from './ports/catalog-ports.ts'
export type * from './ports/change-ports.ts'
export type * from './ports/media-ports.ts'
export type * from './ports/newsroom-ports.ts'
export type * from './ports/runtime-ports.ts'
export type * from './ports/store-port.ts'
export type * from './ports/wire-ports.ts'
