import type { Logger } from './core/ports.ts'

/** Messages to stderr, so that stdout stays clean for machine output such as `ingest --dry-run --json`. */
export function consoleLogger(options: { quiet?: boolean } = {}): Logger {
  return {
    info: (m) => {
      if (!options.quiet) console.error(m)
    },
    warn: (m) => console.error(`warning: ${m}`),
    error: (m) => console.error(`error: ${m}`),
  }
}
