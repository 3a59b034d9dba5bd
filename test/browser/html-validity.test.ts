import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDemoSite, type DemoSite, type PageKind } from './demo-site.ts'

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'))
const run = promisify(execFile)

/** The Nu HTML Checker needs Java (8 or later); without it the suite says so and is skipped. */
const hasJava = await run('java', ['-version']).then(
  () => true,
  () => false,
)
if (!hasJava)
  console.warn('Nu HTML Checker: skipped, no `java` on the PATH (apt-get install default-jre-headless)')

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  lastLine?: number
  lastColumn?: number
  message: string
  extract?: string
}

const PAGES: PageKind[] = ['front', 'section', 'article', 'search', 'tag', 'author', 'archive']

describe.skipIf(!hasJava)('the reader pages are valid HTML (Nu HTML Checker)', () => {
  let site: DemoSite
  let dir: string
  let messages: VnuMessage[]

  beforeAll(async () => {
    site = await startDemoSite()
    dir = mkdtempSync(join(tmpdir(), 'dateline-vnu-'))
    const files: string[] = []
    for (const kind of PAGES) {
      const response = await fetch(site.url + site.pages[kind])
      expect(response.status, site.pages[kind]).toBe(200)
      files.push(join(dir, `${kind}.html`))
      writeFileSync(files.at(-1)!, await response.text())
    }
    // One JVM for all the pages; it exits 1 when it finds errors, so its report is read either way.
    const report = await run('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }))
    messages = (JSON.parse(report.stdout) as { messages: VnuMessage[] }).messages
  }, 120_000)

  afterAll(async () => {
    await site?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it.each(PAGES)('the %s page has no errors', (kind) => {
    const errors = messages
      .filter((m) => m.type !== 'info' && m.url?.endsWith(`/${kind}.html`))
      .map(
        (m) =>
          `${m.lastLine}:${m.lastColumn}: ${m.message}${m.extract ? ` in ${JSON.stringify(m.extract)}` : ''}`,
      )
    expect(errors, site.pages[kind]).toEqual([])
  })

  it('the checker read every page', () => {
    const other = messages.filter((m) => !PAGES.some((kind) => m.url?.endsWith(`/${kind}.html`)))
    expect(other).toEqual([])
  })
})
