import { Command } from 'commander'
import { resolve } from 'node:path'
import { z } from 'zod'
import { ValidationError } from '../core/errors.ts'
import { pollInterval as interval, sourceFormats } from '../core/wire-desk.ts'
import { ensureDesk } from '../services/desk-service.ts'
import { addSource, listSources, removeSource } from '../services/wire/source-admin.ts'
import { withAppContext } from './with-app-context.ts'

const addOptions = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    format: z.enum(sourceFormats).default('auto'),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    dir: z.string().min(1).optional(),
    interval: interval.default(60),
    desk: z.string().trim().min(1).optional(),
    autoPublish: z.boolean().default(false),
  })
  .refine((o) => !(o.url && o.dir), { message: 'give --url or --dir, not both', path: ['dir'] })

function checked(flags: Record<string, unknown>) {
  const parsed = addOptions.safeParse(flags)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: `--${String(i.path[0] ?? 'options')}`,
      message: i.message,
    }))
    throw new ValidationError(`Invalid ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues)
  }
  return parsed.data
}

export function sourceCommand(): Command {
  const source = new Command('source').description(
    'wire sources: URLs to poll, folders to watch, push endpoints',
  )
  source
    .command('add')
    .description('add a source; prints its push token once')
    .requiredOption('--name <name>', 'what the desk calls it, e.g. "Bay Wire"')
    .option('--format <format>', `one of ${sourceFormats.join(', ')}`, 'auto')
    .option('--url <url>', 'poll this URL (conditional GET)')
    .option('--dir <dir>', 'watch this folder (files move to done/ or failed/)')
    .option('--interval <interval>', 'how often to poll, e.g. 60s, 5m', '60s')
    .option('--desk <name>', 'the desk its items go to unless a rule says otherwise (created if missing)')
    .option('--auto-publish', 'publish its items at once (trusted services)')
    .action(async (flags: Record<string, unknown>, command: Command) => {
      const o = checked(flags)
      await withAppContext(command, async (ctx) => {
        const desk = o.desk ? await ensureDesk(ctx.deps.store, o.desk) : null
        const { source: created, token } = await addSource(
          ctx.deps,
          {
            name: o.name,
            format: o.format,
            url: o.url,
            dir: o.dir && resolve(o.dir),
            intervalSeconds: o.interval,
            deskId: desk?.id ?? null,
            autoPublish: o.autoPublish,
          },
          { userId: null, ip: null },
        )
        const what = created.url
          ? `polls ${created.url}`
          : created.dir
            ? `watches ${created.dir}`
            : 'takes pushes only'
        console.log(`Source ${created.id} "${created.name}" ${what} every ${created.intervalSeconds}s`)
        console.log(`Push token (shown once): ${token}`)
        console.log(
          `  POST /api/v1/ingest/push/${encodeURIComponent(created.name)} with Authorization: Bearer <token>`,
        )
      })
    })
  source
    .command('list')
    .description('every source with its state')
    .action(async (_opts, command: Command) => {
      await withAppContext(command, async (ctx) => {
        for (const s of await listSources(ctx.deps)) {
          const where = s.url ?? s.dir ?? '(push)'
          const state = s.state.lastError
            ? `last error ${s.state.lastErrorAt}: ${s.state.lastError}`
            : s.state.lastSuccessAt
              ? `ok ${s.state.lastSuccessAt}`
              : 'not polled yet'
          console.log(
            `${s.id}\t${s.name}\t${s.format}\t${where}\t${s.enabled ? 'on' : 'paused'}\t${s.itemsToday} today\t${state}`,
          )
        }
      })
    })
  source
    .command('remove')
    .argument('<name>')
    .description('remove a source (its items stay)')
    .action(async (name: string, _opts, command: Command) => {
      await withAppContext(command, (ctx) => removeSource(ctx.deps, name, { userId: null, ip: null }))
      console.log(`Removed source ${name}`)
    })
  return source
}
