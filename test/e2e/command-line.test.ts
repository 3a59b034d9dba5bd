import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../support/run-cli.ts'
import { sampleNinjs } from '../support/sample-ninjs.ts'

const fixtures = join(import.meta.dirname, '../../../shared/fixtures/wire/ninjs')
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/

describe('the dateline command line', () => {
  let dir: string
  let data: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-cli-'))
    data = join(dir, 'data')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('settings: sets, gets and lists; refuses a bad value or key, naming it, and stores nothing', async () => {
    expect(
      (await runCli(['--data', data, 'settings', 'set', 'siteUrl', 'https://news.example.com/'])).stdout,
    ).toBe('siteUrl = https://news.example.com\n')
    const bad = await runCli(['--data', data, 'settings', 'set', 'timeZone', 'Dhaka'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('timeZone')
    const unknown = await runCli(['settings', 'get', 'colour', '--data', data])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('Unknown setting: colour')
    const list = await runCli(['settings', 'list', '--data', data])
    expect(list.stdout).toContain('siteUrl = https://news.example.com\n')
    expect(list.stdout).toContain('timeZone = Asia/Dhaka\n')
  })

  it('ingest: one broken file is reported with its name and field; the others still go in', async () => {
    writeFileSync(join(dir, 'good.json'), JSON.stringify(sampleNinjs({ associations: [] })))
    writeFileSync(join(dir, 'no-uri.json'), JSON.stringify(sampleNinjs({ uri: '' })))
    writeFileSync(
      join(dir, 'bad-date.json'),
      JSON.stringify(sampleNinjs({ uri: 'urn:x:2', versionCreated: 'soon' })),
    )
    const run = await runCli([
      '--data',
      data,
      'ingest',
      join(dir, 'no-uri.json'),
      join(dir, 'bad-date.json'),
      join(dir, 'good.json'),
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/\[1\/3\] FAILED .*no-uri\.json: .*\(field uri\)/)
    expect(run.stderr).toMatch(/\[2\/3\] FAILED .*bad-date\.json: .*\(field versionCreated\)/)
    expect(run.stderr).toMatch(/\[3\/3\] .*good\.json: new, queued for the desk/)
    expect(run.stderr).toContain('Done: 1 new, 0 updated, 0 unchanged, 0 held or withdrawn, 2 failed')
  })

  it('ingest --dry-run --json prints one normalized item a line and stores nothing', async () => {
    const dry = join(dir, 'dry')
    writeFileSync(join(dir, 'dry.json'), JSON.stringify(sampleNinjs()))
    const run = await runCli(['--data', dry, 'ingest', '--dry-run', '--json', join(dir, 'dry.json')])
    expect(run.code, run.stderr).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const item = JSON.parse(lines[0]!)
    expect(item).toMatchObject({
      uri: 'urn:dateline-test:wire:harbour-lights-2024',
      version: '1',
      headline: 'Harbour city switches on its tidal lights',
      byline: 'Mira Solberg',
      language: 'en',
      firstCreated: '2024-05-16T03:35:00+00:00',
      versionCreated: '2024-05-16T03:36:55+00:00',
    })
    expect(item.body.map((b: { type: string }) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ])
    expect(existsSync(dry)).toBe(false)
  })

  it.skipIf(!existsSync(fixtures))(
    'ingest --dry-run --json understands every real ninjs fixture',
    async () => {
      const files = readdirSync(fixtures)
        .filter((f) => f.endsWith('.json'))
        .sort()
      const run = await runCli(['ingest', '--dry-run', '--json', ...files.map((f) => join(fixtures, f))])
      expect(run.code, run.stderr).toBe(0)
      const items = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      expect(items).toHaveLength(files.length)
      for (const item of items) {
        expect(item.uri).toBeTruthy()
        expect(item.headline).toBeTruthy()
        expect(item.versionCreated).toMatch(ISO_WITH_OFFSET)
      }
      expect(items[files.indexOf('tt-ninjs-3.1-text-image.json')].language).toBe('sv')
    },
  )
})
