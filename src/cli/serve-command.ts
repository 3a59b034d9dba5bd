import { Command } from 'commander'
import { openAppContext, startSite } from '../app.ts'
import { seedDemo } from '../demo/seed-demo.ts'
import { configFrom } from './global-options.ts'

export function serveCommand(): Command {
  return new Command('serve')
    .description('start the newspaper (creates the demo paper on an empty database)')
    .option('--port <port>', 'port to listen on', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '0.0.0.0')
    .option('--no-demo', 'start empty instead of with the demo newspaper')
    .action(async (flags: { port: string; host: string; demo: boolean }, command: Command) => {
      const config = configFrom(command, { port: flags.port, host: flags.host })
      const ctx = await openAppContext(config)
      const { logger, store } = ctx.deps
      logger.info(`Dateline: data in ${config.dataDir} (${config.databaseUrl ? 'PostgreSQL' : 'SQLite'})`)
      if (flags.demo && (await store.articles.count()) === 0) {
        logger.info('Empty database: creating the demo newspaper…')
        const seeded = await seedDemo(ctx.deps, (done, total) => {
          if (done % 5 === 0 || done === total) logger.info(`  drawing pictures: ${done}/${total}`)
        })
        logger.info(`Demo newspaper ready: ${seeded.stories} stories in ${seeded.sections} sections.`)
      }
      const site = await startSite(ctx)
      console.log(`Dateline is serving the newspaper at ${site.url}`)
      const stop = async () => {
        await site.close()
        await ctx.close()
        process.exit(0)
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}
