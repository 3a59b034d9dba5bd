import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openAppContext, startSite, type AppContext, type RunningSite } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { createDesk } from '../../src/services/desk-service.ts'
import { runCli } from '../support/run-cli.ts'

const bin = fileURLToPath(new URL('../../bin/dateline.js', import.meta.url))
const env = { ...process.env, DATABASE_URL: '' }

/** Runs `dateline …` with `input` as its standard input (a pipe, so not a terminal). */
const dateline = (args: string[], input = '') => runCli(args, {}, input)

describe('dateline user create and token create', () => {
  let dir: string
  let data: string
  let ctx: AppContext
  let site: RunningSite

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-users-'))
    data = join(dir, 'data')
    ctx = await openAppContext(loadConfig({ data, port: 0, host: '127.0.0.1' }, { DATABASE_URL: '' }), {
      logger: { info() {}, warn() {}, error: (m) => console.error(m) },
    })
    await createDesk(ctx.deps.store, { name: 'International Desk', defaultSectionId: null })
    site = await startSite(ctx)
  })
  afterAll(async () => {
    await site?.close()
    await ctx?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const signIn = (email: string, password: string) =>
    fetch(`${site.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: site.url },
      body: JSON.stringify({ email, password }),
    })

  it('creates an account with the password from standard input, on the named desks', async () => {
    const run = await dateline(
      [
        '--data',
        data,
        'user',
        'create',
        '--email',
        'Rina@Example.com',
        '--name',
        'Rina Akter',
        '--role',
        'editor',
        '--desk',
        'international desk',
      ],
      'a long river password\n',
    )
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^Created editor rina@example\.com \(user \d+\) on International Desk\n$/)
    const res = await signIn('rina@example.com', 'a long river password')
    expect(res.status).toBe(200)
    const { user } = await res.json()
    expect(user).toMatchObject({ role: 'editor', mustChangePassword: false, name: 'Rina Akter' })
    expect(user.deskIds).toHaveLength(1)
  })

  it('prints a one-time password when standard input is empty, which must be changed at the first sign-in', async () => {
    const run = await dateline([
      'user',
      'create',
      '--email',
      'sam@example.com',
      '--name',
      'Sam',
      '--role',
      'reporter',
      '--data',
      data,
    ])
    expect(run.code, run.stderr).toBe(0)
    const password = /One-time password: (\S+)/.exec(run.stdout)?.[1]
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/)
    const res = await signIn('sam@example.com', password!)
    expect(res.status).toBe(200)
    expect((await res.json()).user.mustChangePassword).toBe(true)
  })

  it('refuses a bad role, an unknown desk or a weak password, naming it, with exit code 2 and no account', async () => {
    const base = ['--data', data, 'user', 'create', '--email', 'x@example.com', '--name', 'X']
    const role = await dateline([...base, '--role', 'boss'], 'a long enough password\n')
    expect(role.code).toBe(2)
    expect(role.stderr).toContain('--role: must be one of reporter, editor, chief, admin')
    const desk = await dateline(
      [...base, '--role', 'reporter', '--desk', 'Nowhere Desk'],
      'a long enough password\n',
    )
    expect(desk.code).toBe(2)
    expect(desk.stderr).toContain('Unknown desk for --desk: Nowhere Desk (desks: International Desk)')
    const weak = await dateline([...base, '--role', 'reporter'], 'short\n')
    expect(weak.code).toBe(2)
    expect(weak.stderr).toContain('Invalid password on standard input: must be at least 10 characters')
    const email = await dateline([
      '--data',
      data,
      'user',
      'create',
      '--email',
      'nope',
      '--name',
      'X',
      '--role',
      'chief',
    ])
    expect(email.code).toBe(2)
    expect(email.stderr).toContain('--email')
    expect(await ctx.deps.store.users.getByEmail('x@example.com')).toBeNull()
    const again = await dateline([
      '--data',
      data,
      'user',
      'create',
      '--email',
      'rina@example.com',
      '--name',
      'R',
      '--role',
      'admin',
    ])
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('There is already an account for rina@example.com')
  })

  it('token create prints only the token, which works as a bearer token at once', async () => {
    const run = await dateline([
      '--data',
      data,
      'token',
      'create',
      '--user',
      'rina@example.com',
      '--name',
      'wire bridge',
    ])
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^dlt_[\w-]+\n$/)
    const token = run.stdout.trim()
    const res = await fetch(`${site.url}/api/v1/session`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ via: 'token', user: { email: 'rina@example.com' } })
    const audit = await ctx.deps.store.audit.list({ action: 'token.create', limit: 1, offset: 0 })
    expect(audit[0]).toMatchObject({
      userId: null,
      details: { name: 'wire bridge', email: 'rina@example.com' },
    })

    const unknown = await dateline(['--data', data, 'token', 'create', '--user', 'nobody@example.com'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unknown --user: no account for nobody@example.com')
    expect(unknown.stdout).toBe('')
  })
})

describe('the first start of dateline serve', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-first-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** Starts `serve` on a free port and waits until it serves: what it printed, where, and how to stop it. */
  function serve(): Promise<{ stdout: string; url: string; stop(): Promise<void> }> {
    const args = ['serve', '--no-demo', '--port', '0', '--host', '127.0.0.1', '--data', join(dir, 'data')]
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...env, DATELINE_ADMIN_EMAIL: 'editor-in-chief@herald.example' },
    })
    const closed = new Promise<number | null>((done) => child.on('close', done))
    const stop = async () => {
      child.kill('SIGTERM')
      await closed
    }
    return new Promise((resolve, reject) => {
      let stdout = ''
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => (stderr += d))
      void closed.then((code) => reject(new Error(`serve ended (${code}): ${stderr}`)))
      child.stdout.on('data', (d: Buffer) => {
        stdout += d
        const url = /serving the newspaper at (\S+)/.exec(stdout)?.[1]
        if (!url) return
        // The notice, when there is one, follows the serving line at once; give it a moment to arrive.
        if (stdout.includes('shown only this once')) resolve({ stdout, url, stop })
        else setTimeout(() => resolve({ stdout, url, stop }), 300)
      })
    })
  }

  it('creates the first admin once and prints how to sign in; the one-time password must then be changed', async () => {
    const first = await serve()
    try {
      expect(first.stdout).toContain('First start: the administrator account has been created.')
      expect(first.stdout).toContain('editor-in-chief@herald.example')
      expect(first.stdout).toContain('POST /api/v1/session/password')
      expect(first.stdout).toContain('dateline user create')
      const password = /one-time password:\s+(\S+)/.exec(first.stdout)?.[1]
      const signIn = await fetch(`${first.url}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: first.url },
        body: JSON.stringify({ email: 'editor-in-chief@herald.example', password }),
      })
      expect(signIn.status).toBe(200)
      expect((await signIn.json()).user).toMatchObject({ role: 'admin', mustChangePassword: true })
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!
      const users = await fetch(`${first.url}/api/v1/users`, { headers: { cookie } })
      expect(users.status).toBe(403)
      expect((await users.json()).code).toBe('password_change_required')
    } finally {
      await first.stop()
    }
    const second = await serve()
    await second.stop()
    expect(second.stdout).not.toContain('First start')
    expect(second.stdout).not.toContain('one-time password')
  })
})
