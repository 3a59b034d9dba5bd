import { Command, CommanderError } from 'commander'
import { AppError, ValidationError } from '../core/errors.ts'
import { ingestCommand } from './ingest-command.ts'
import { serveCommand } from './serve-command.ts'
import { settingsCommand } from './settings-command.ts'
import { sourceCommand } from './source-command.ts'
import { tokenCommand } from './token-command.ts'
import { userCommand } from './user-command.ts'

function program(): Command {
  const cli = new Command('dateline')
    .description('Dateline: wire desk, newsroom and reader site in one install')
    .option('--data <dir>', 'data folder (SQLite database and media)', './data')
    .showHelpAfterError()
    .exitOverride()
  cli.addCommand(serveCommand())
  cli.addCommand(settingsCommand())
  cli.addCommand(ingestCommand())
  cli.addCommand(sourceCommand())
  cli.addCommand(userCommand())
  cli.addCommand(tokenCommand())
  return cli
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv)
    return Number(process.exitCode ?? 0)
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode
    if (error instanceof ValidationError) {
      console.error(`error: ${error.message}`)
      return 2
    }
    if (error instanceof AppError) {
      console.error(`error: ${error.message}`)
      return 1
    }
    console.error(error)
    return 1
  }
}
