import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openAppContext, startSite, type AppContext, type RunningSite } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { runCli } from '../support/run-cli.ts'
import { sampleNinjs } from '../support/sample-ninjs.ts'

describe('a story ingested by another process while the server runs', () => {
  let dir: string
  let ctx: AppContext
  let site: RunningSite

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-xproc-'))
    ctx = await openAppContext(loadConfig({ data: join(dir, 'data'), port: 0, host: '127.0.0.1' }))
    site = await startSite(ctx)
  })
  afterAll(async () => {
    await site?.close()
    await ctx?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('reaches the cached front page within the poll interval', async () => {
    const before = await (await fetch(site.url)).text()
    expect(before).toContain('No stories have been published yet.')
    expect(site.cache.has('/')).toBe(true)

    const story = sampleNinjs({ associations: [] })
    writeFileSync(join(dir, 'story.json'), JSON.stringify(story))
    const ingest = await runCli(['--data', join(dir, 'data'), 'ingest', join(dir, 'story.json'), '--publish'])
    expect(ingest.code, ingest.stderr).toBe(0)

    // The server polls the change log every second; give it up to five.
    let after = ''
    for (let i = 0; i < 50 && !after.includes('tidal lights'); i++) {
      await new Promise((r) => setTimeout(r, 100))
      after = await (await fetch(site.url)).text()
    }
    expect(after).toContain('Harbour city switches on its tidal lights')
  })
})
