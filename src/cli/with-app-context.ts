import type { Command } from 'commander'
import { openAppContext, type AppContext } from '../app.ts'
import { consoleLogger } from '../console-logger.ts'
import { configFrom } from './global-options.ts'

/** Opens the data folder (or DATABASE_URL) for one command, runs it, and always closes the database again. */
export async function withAppContext<T>(command: Command, work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await openAppContext(configFrom(command), { logger: consoleLogger({ quiet: true }) })
  try {
    return await work(ctx)
  } finally {
    await ctx.close()
  }
}
