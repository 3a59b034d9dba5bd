import { Command } from 'commander'
import { openAppContext, startSite } from '../app.ts'
import { ValidationError } from '../core/errors.ts'
import { emailSchema } from '../core/user.ts'
import { seedDemo } from '../demo/seed-demo.ts'
import { ensureFirstAdmin } from '../services/accounts/first-admin.ts'
import { configFrom } from './global-options.ts'

function adminEmail(value: string): string {
  const parsed = emailSchema.safeParse(value)
  if (parsed.success) return parsed.data
  throw new ValidationError(
    `Invalid --admin-email (or DATELINE_ADMIN_EMAIL): ${value} is not an email address`,
    [{ path: '--admin-email', message: 'must be an email address' }],
  )
}

/** How to sign in as the first admin: printed once, when the account is made. */
function firstAdminNotice(siteUrl: string, email: string, password: string): string {
  const api = `${siteUrl}/api/v1`
  const curl = `curl -c cookies.txt -b cookies.txt -H 'Origin: ${siteUrl}' -H 'Content-Type: application/json'`
  return [
    '',
    '==================================================================',
    ' First start: the administrator account has been created.',
    `   email:              ${email}`,
    `   one-time password:  ${password}`,
    ' Sign in (POST /api/v1/session), then choose your own password',
    ' (POST /api/v1/session/password) before anything else:',
    `   ${curl} -d '{"email":"${email}","password":"${password}"}' ${api}/session`,
    `   ${curl} -d '{"current":"${password}","next":"<at least 10 characters>"}' ${api}/session/password`,
    ' Add staff with:',
    '   dateline user create --email E --name N --role reporter|editor|chief|admin [--desk NAME]',
    ' This password is shown only this once.',
    '==================================================================',
    '',
  ].join('\n')
}

interface ServeFlags {
  port: string
  host: string
  demo: boolean
  adminEmail: string
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('start the newspaper (creates the demo paper on an empty database)')
    .option('--port <port>', 'port to listen on', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '0.0.0.0')
    .option('--no-demo', 'start empty instead of with the demo newspaper')
    .option(
      '--admin-email <email>',
      'the first admin account, made when there are no accounts yet',
      process.env.DATELINE_ADMIN_EMAIL || 'admin@dateline.local',
    )
    .action(async (flags: ServeFlags, command: Command) => {
      const config = configFrom(command, { port: flags.port, host: flags.host })
      const email = adminEmail(flags.adminEmail)
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
      const firstAdmin = await ensureFirstAdmin(ctx.deps, email)
      const site = await startSite(ctx)
      console.log(`Dateline is serving the newspaper at ${site.url}`)
      console.log(`The newsroom is at ${site.url}/admin`)
      if (firstAdmin) console.log(firstAdminNotice(site.url, email, firstAdmin.oneTimePassword))
      const stop = async () => {
        await site.close()
        await ctx.close()
        process.exit(0)
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
}
