import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, Result } from 'axe-core'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchChromium, noteSkipped } from './chromium.ts'
import { startDemoSite, type DemoSite, type PageKind } from './demo-site.ts'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

const PAGES: PageKind[] = ['front', 'section', 'article', 'search', 'tag', 'author', 'archive']
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
}

/** One line per violation and one per element it was found on, so a failure says what to fix and where. */
const describeViolation = (v: Result) =>
  [`${v.id} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `    at ${n.target.join(' ')}`)].join('\n')

noteSkipped('axe-core accessibility checks')

describe.skipIf(!hasChromium)('the reader pages in Chromium', () => {
  let site: DemoSite
  let browser: Browser

  beforeAll(async () => {
    ;[site, browser] = await Promise.all([startDemoSite(), launchChromium()])
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    it.each(PAGES)(
      `the %s page at ${width} width has no axe-core violations and no console errors`,
      async (kind) => {
        const page = await browser.newPage({ viewport })
        const errors: string[] = []
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
        page.on('pageerror', (e) => errors.push(e.message))
        try {
          const response = await page.goto(site.url + site.pages[kind])
          expect(response?.status()).toBe(200)
          // Evaluated through the debugging protocol, so the page's own policy (no scripts at all) still holds.
          await page.evaluate(axeSource)
          const results = await page.evaluate(() =>
            (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
          )
          expect(results.violations.map(describeViolation), `axe-core on ${site.pages[kind]}`).toEqual([])
          // The stylesheet is inline and allowed by its hash: a mismatch would show here as a refused style.
          expect(errors, `console errors on ${site.pages[kind]}`).toEqual([])
        } finally {
          await page.close()
        }
      },
    )
  }
})
