import { resolve } from 'node:path'
import { z } from 'zod'
import { ValidationError } from './core/errors.ts'

/** Dateline's configuration: parsed once from the environment and command-line flags, frozen, passed down. */
export const configSchema = z.object({
  dataDir: z.string().min(1),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave DATABASE_URL unset for SQLite)')
    .optional(),
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  /**
   * Whether to believe X-Forwarded-For/-Proto/-Host: only behind a proxy or CDN that sets them (then `true`, or the
   * proxies' addresses, comma-separated). Off by default, so a client cannot forge its address (sign-in limits, audit).
   */
  trustProxy: z
    .string()
    .optional()
    .transform((v): boolean | string =>
      v === undefined || v === '' || v === 'false' ? false : v === 'true' ? true : v,
    ),
  /** Memory for the render cache, in megabytes. */
  cacheMb: z.coerce.number().int().min(1).default(256),
})
export type Config = Readonly<z.infer<typeof configSchema>>

export function loadConfig(
  flags: { data?: string; port?: string | number; host?: string },
  env = process.env,
): Config {
  const parsed = configSchema.safeParse({
    dataDir: resolve(flags.data ?? env.DATELINE_DATA ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    port: flags.port ?? env.PORT,
    host: flags.host ?? env.HOST,
    cacheMb: env.DATELINE_CACHE_MB,
    trustProxy: env.TRUST_PROXY,
  })
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
    throw new ValidationError(
      `Invalid configuration: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      issues,
    )
  }
  return Object.freeze(parsed.data)
}
