import { Command } from 'commander'
import { withAppContext } from './with-app-context.ts'
import { z } from 'zod'
import type { AppContext } from '../app.ts'
import type { Desk } from '../core/desk.ts'
import { ValidationError } from '../core/errors.ts'
import { roles } from '../core/roles.ts'
import { emailSchema, passwordSchema, userInputSchema } from '../core/user.ts'
import { createUser } from '../services/accounts/users.ts'

const optionsSchema = z.object({
  email: emailSchema,
  name: userInputSchema.shape.name,
  role: z.enum(roles, { error: `must be one of ${roles.join(', ')}` }),
  desk: z.array(z.string().trim().min(1)),
})

/** The options, checked; the error names the option (`--role`), not the field. */
function parseUserOptions(flags: Record<string, unknown>): z.infer<typeof optionsSchema> {
  const parsed = optionsSchema.safeParse(flags)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues.map((i) => ({ path: `--${String(i.path[0])}`, message: i.message }))
  throw new ValidationError(`Invalid ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues)
}

/**
 * The first line of standard input, when it is not a terminal: how scripts hand over a password without it showing in
 * the process list. Null when there is nothing to read (a terminal, or an empty input such as `< /dev/null`).
 */
async function passwordFromStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null
  process.stdin.setEncoding('utf8')
  let text = ''
  for await (const chunk of process.stdin) {
    text += chunk as string
    if (text.includes('\n')) break
  }
  if (text === '') return null
  const password = text.split('\n')[0]!.replace(/\r$/, '')
  const checked = passwordSchema.safeParse(password)
  if (!checked.success) {
    const message = checked.error.issues[0]!.message
    throw new ValidationError(`Invalid password on standard input: ${message}`, [
      { path: 'password', message },
    ])
  }
  return password
}

/** The desks named by `--desk`, matched without regard to case. */
async function desksNamed(ctx: AppContext, names: string[]): Promise<Desk[]> {
  const desks = await ctx.deps.store.desks.list()
  return names.map((name) => {
    const desk = desks.find((d) => d.name.toLowerCase() === name.toLowerCase())
    if (desk) return desk
    const known = desks.map((d) => d.name).join(', ') || 'none yet'
    throw new ValidationError(`Unknown desk for --desk: ${name} (desks: ${known})`, [
      { path: '--desk', message: `no desk named ${name}` },
    ])
  })
}

export function userCommand(): Command {
  const user = new Command('user').description('newsroom accounts')
  user
    .command('create')
    .description(
      'create an account; its password is the first line of standard input, or else a one-time password is printed',
    )
    .requiredOption('--email <email>', 'the address the account signs in with')
    .requiredOption('--name <name>', 'the display name')
    .requiredOption('--role <role>', roles.join(', '))
    .option(
      '--desk <name>',
      'a desk the account works on (repeat for more)',
      (v, all: string[]) => [...all, v],
      [],
    )
    .action(async (flags: Record<string, unknown>, command: Command) => {
      const options = parseUserOptions(flags)
      const password = await passwordFromStdin()
      await withAppContext(command, async (ctx) => {
        const desks = await desksNamed(ctx, options.desk)
        const { email, name, role } = options
        const { user: created, oneTimePassword } = await createUser(
          ctx.deps,
          { email, name, role, deskIds: desks.map((d) => d.id) },
          { ...(password !== null ? { password } : {}), byUserId: null, ip: null },
        )
        const on = desks.length ? ` on ${desks.map((d) => d.name).join(', ')}` : ''
        console.log(`Created ${created.role} ${created.email} (user ${created.id})${on}`)
        if (oneTimePassword) {
          console.log(`One-time password: ${oneTimePassword}`)
          console.log('It must be changed at the first sign-in (POST /api/v1/session/password).')
        }
      })
    })
  return user
}
