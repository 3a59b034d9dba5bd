import { Command } from 'commander'
import { readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { openAppContext } from '../app.ts'
import { consoleLogger } from '../console-logger.ts'
import { AppError, ValidationError } from '../core/errors.ts'
import { parseWireDocument } from '../ingest/parse-wire-document.ts'
import { ingestItem } from '../services/ingest-service.ts'
import { configFrom } from './global-options.ts'

/** No wire document is this large; a bigger file is a mistake or an attack. */
const MAX_FILE_BYTES = 20 * 1024 * 1024

interface IngestFlags {
  desk?: string
  publish?: boolean
  dryRun?: boolean
  json?: boolean
}

/** One line naming the file and what is wrong with it. */
function describeError(error: unknown, file: string): string {
  let text: string
  if (error instanceof ValidationError) {
    text = `${error.message}: ${error.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`
  } else {
    text = error instanceof AppError ? error.message : String((error as Error)?.stack ?? error)
  }
  return text.startsWith(file) ? text : `${file}: ${text}`
}

async function readDocument(path: string): Promise<Uint8Array> {
  const info = await stat(path)
  if (!info.isFile()) throw new AppError('not_a_file', `${path}: not a file`, 400)
  if (info.size > MAX_FILE_BYTES)
    throw new AppError('too_large', `${path}: larger than ${MAX_FILE_BYTES} bytes`, 413)
  return readFile(path)
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read wire files (IPTC ninjs) into stories')
    .argument('<files...>')
    .option('--desk <name>', 'the desk the stories go to (created if missing)')
    .option('--publish', 'publish what is ingested')
    .option('--dry-run', 'parse and print, store nothing')
    .option('--json', 'print one JSON object a line')
    .action(async (files: string[], flags: IngestFlags, command: Command) => {
      const log = (line: string) => console.error(line)
      let failed = 0

      if (flags.dryRun) {
        for (const [i, file] of files.entries()) {
          try {
            const { items } = parseWireDocument(await readDocument(file), { source: file })
            for (const item of items) {
              if (flags.json) console.log(JSON.stringify(item))
              else
                log(
                  `[${i + 1}/${files.length}] ${file}: ${item.uri} v${item.version || '-'} “${item.headline}”`,
                )
            }
          } catch (error) {
            failed++
            log(`[${i + 1}/${files.length}] FAILED ${describeError(error, file)}`)
          }
        }
        process.exitCode = failed ? 1 : 0
        return
      }

      const ctx = await openAppContext(configFrom(command), { logger: consoleLogger({ quiet: true }) })
      const tally = { created: 0, updated: 0, unchanged: 0, withdrawn: 0 }
      try {
        for (const [i, file] of files.entries()) {
          const prefix = `[${i + 1}/${files.length}] ${file}`
          try {
            const { items, text } = parseWireDocument(await readDocument(file), { source: file })
            for (const item of items) {
              const result = await ingestItem(ctx.deps, {
                item,
                raw: text,
                baseDir: dirname(resolve(file)),
                ...(flags.desk ? { desk: flags.desk } : {}),
                publish: Boolean(flags.publish),
              })
              tally[result.action]++
              if (flags.json)
                console.log(JSON.stringify({ file, uri: item.uri, version: item.version, ...result }))
              const story = result.articleId ? ` story ${result.articleId}` : ''
              log(
                `${prefix}: ${result.action}${story}${result.published ? ' (published)' : ''} “${item.headline}”`,
              )
              for (const warning of result.warnings) log(`    warning: ${warning}`)
            }
          } catch (error) {
            failed++
            log(`[${i + 1}/${files.length}] FAILED ${describeError(error, file)}`)
          }
        }
      } finally {
        await ctx.close()
      }
      log(
        `Done: ${tally.created} created, ${tally.updated} updated, ${tally.unchanged} unchanged, ${tally.withdrawn} withdrawn, ${failed} failed`,
      )
      process.exitCode = failed ? 1 : 0
    })
}
