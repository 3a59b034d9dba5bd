import { Command } from 'commander'
import { withAppContext } from './with-app-context.ts'
import { z } from 'zod'
import { NotFoundError, ValidationError } from '../core/errors.ts'
import { emailSchema } from '../core/user.ts'
import { issueToken } from '../services/accounts/user-admin.ts'

const optionsSchema = z.object({ user: emailSchema, name: z.string().trim().min(1).max(100) })

export function tokenCommand(): Command {
  const token = new Command('token').description('tokens for integrations (Authorization: Bearer)')
  token
    .command('create')
    .description('make a token acting as an account; prints only the token, so it can be captured')
    .requiredOption('--user <email>', 'the account the token acts as')
    .option('--name <name>', 'what the token is for', 'integration')
    .action(async (flags: { user: string; name: string }, command: Command) => {
      const parsed = optionsSchema.safeParse(flags)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!
        const path = `--${String(issue.path[0])}`
        throw new ValidationError(`Invalid ${path}: ${issue.message}`, [{ path, message: issue.message }])
      }
      await withAppContext(command, async (ctx) => {
        const made = await issueToken(ctx.deps, parsed.data, { userId: null, ip: null }).catch(
          (error: unknown) => {
            if (!(error instanceof NotFoundError)) throw error
            throw new ValidationError(`Unknown --user: no account for ${parsed.data.user}`, [
              { path: '--user', message: 'no such account' },
            ])
          },
        )
        console.log(made.token)
        console.error(
          `Token "${parsed.data.name}" for ${made.user.email}: shown once, send it as Authorization: Bearer`,
        )
        if (made.user.mustChangePassword) {
          console.error(
            `warning: ${made.user.email} still has a one-time password; the token works once it has been changed`,
          )
        }
      })
    })
  return token
}
