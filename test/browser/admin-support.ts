import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AxeResults, Result } from 'axe-core'
import type { Page } from 'playwright-core'
import { createUser } from '../../src/services/accounts/users.ts'
import type { ServiceDeps } from '../../src/services/service-deps.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SOURCES = join(ROOT, 'admin')
const BUILT = join(ROOT, 'dist', 'admin', 'index.html')

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name)
      return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs
    }),
  )
}

/**
 * Builds the newsroom app when dist/admin is missing or older than its sources. `npm test` builds first (pretest);
 * this keeps `npx vitest run test/browser` honest too. Only one test file calls it, so two builds never race.
 */
export function ensureAdminBuild(): void {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newest(SOURCES)) return
  // `npm run build` in a process of its own: inside the test runner NODE_ENV is `test`, which would bundle React's
  // development build.
  execFileSync('npm', ['run', '--silent', 'build', '--', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  })
}

export const PASSWORD = 'correct horse battery'

/** A newsroom account, made as `dateline user create` makes one. Without a password it gets a one-time password. */
export async function addAccount(
  deps: ServiceDeps,
  account: {
    email: string
    name: string
    role: 'reporter' | 'editor' | 'chief' | 'admin'
    deskIds: number[]
  },
  password?: string,
): Promise<string | undefined> {
  const created = await createUser(deps, account, {
    ...(password !== undefined ? { password } : {}),
    byUserId: null,
    ip: null,
  })
  return created.oneTimePassword
}

/** Fills the sign-in form as a person would, and sends it. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/**
 * Console messages a correct app still causes: Chromium logs the 401 of the first "who is signed in?" check as a
 * failed load, though the app expects it when nobody is.
 */
export const expectedConsoleNoise = (text: string) => /status of 401/.test(text)

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const describeViolation = (v: Result) =>
  [`${v.id} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `    at ${n.target.join(' ')}`)].join('\n')

/** What axe-core finds wrong on the page as it stands, one readable entry per rule broken (empty: nothing). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource)
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
  )
  return results.violations.map(describeViolation)
}
