import { Command } from 'commander'
import { readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { AppError, ValidationError } from '../core/errors.ts'
import { parseWireDocument } from '../ingest/parse-wire-document.ts'
import { receiveDocument } from '../services/wire/receive-document.ts'
import { withAppContext } from './with-app-context.ts'

/** No wire document is this large; a bigger file is a mistake or an attack. */
const MAX_FILE_BYTES = 20 * 1024 * 1024

const OUTCOME_TALLY = {
  new: 'new',
  updated: 'updated',
  duplicate: 'unchanged',
  older: 'unchanged',
  withheld: 'held',
  canceled: 'held',
  failed: 'failed',
} as const

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
    .description('read wire files (ninjs, NewsML-G2, NITF, RSS, Atom) into the desk queue, or publish them')
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

      const tally = { new: 0, updated: 0, unchanged: 0, held: 0, failed: 0 }
      await withAppContext(command, async (ctx) => {
        for (const [i, file] of files.entries()) {
          const prefix = `[${i + 1}/${files.length}] ${file}`
          let received
          try {
            received = await receiveDocument(ctx.deps, {
              bytes: await readDocument(file),
              origin: file,
              baseDir: dirname(resolve(file)),
              ...(flags.desk ? { deskName: flags.desk } : {}),
              ...(flags.publish ? { publish: true } : {}),
            })
          } catch (error) {
            tally.failed++
            log(`[${i + 1}/${files.length}] FAILED ${describeError(error, file)}`)
            continue
          }
          if (received.error) {
            tally.failed++
            log(
              `[${i + 1}/${files.length}] FAILED ${received.error.message.startsWith(file) ? '' : `${file}: `}${received.error.message}`,
            )
            continue
          }
          for (const item of received.items) {
            tally[OUTCOME_TALLY[item.outcome]]++
            if (flags.json) console.log(JSON.stringify({ file, ...item }))
            const where = item.articleId
              ? ` story ${item.articleId}${item.published ? ' (published)' : ''}`
              : item.outcome === 'new' || item.outcome === 'updated'
                ? ', queued for the desk'
                : ''
            log(`${prefix}: ${item.outcome}${where} ${item.uri}${item.detail ? `: ${item.detail}` : ''}`)
            for (const warning of item.warnings) log(`    warning: ${warning}`)
          }
        }
      })
      failed = tally.failed
      log(
        `Done: ${tally.new} new, ${tally.updated} updated, ${tally.unchanged} unchanged, ${tally.held} held or withdrawn, ${tally.failed} failed`,
      )
      process.exitCode = failed ? 1 : 0
    })
}
