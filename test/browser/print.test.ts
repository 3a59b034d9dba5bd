import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchChromium, noteSkipped } from './chromium.ts'
import { startDemoSite, type DemoSite } from './demo-site.ts'

noteSkipped('print stylesheet checks')

/** What the print stylesheet makes of the elements matching `selector`: display, colours, and text after links. */
function printed(page: Page, selector: string) {
  return page.$$eval(selector, (elements) =>
    elements.map((el) => {
      const style = getComputedStyle(el)
      return {
        display: style.display,
        color: style.color,
        background: style.backgroundColor,
        breakInside: style.breakInside,
        after: getComputedStyle(el, '::after').content,
        href: el.getAttribute('href'),
      }
    }),
  )
}

describe.skipIf(!hasChromium)('an article on paper', () => {
  let site: DemoSite
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    ;[site, browser] = await Promise.all([startDemoSite(), launchChromium()])
    // A4 less the page margins is about 680 CSS pixels wide.
    page = await browser.newPage({ viewport: { width: 680, height: 1000 } })
    await page.emulateMedia({ media: 'print' })
    await page.goto(site.url + site.pages.article)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  it('leaves out the navigation, the search and the tags', async () => {
    for (const selector of ['.skip', '.topbar', '.sections', '.story-tags', '.footer-name']) {
      expect(
        (await printed(page, selector)).map((s) => s.display),
        selector,
      ).toEqual(['none'])
    }
  })

  it('keeps the paper, the headline, the byline, the update time, the source, the stamp and the rights notice', async () => {
    const selectors = ['.logo', '.story h1', '.story-byline', '.story-updated']
    selectors.push('.story-source', '.story-stamp', '.rights', '.story-body p')
    for (const selector of selectors) {
      const styles = await printed(page, selector)
      expect(styles.length, selector).toBeGreaterThan(0)
      for (const style of styles) {
        expect(style.display, selector).not.toBe('none')
        expect(style.color, selector).toBe('rgb(0, 0, 0)')
      }
    }
    const text = await page.locator('main').innerText()
    expect(text).toMatch(/Source: The Textile Ledger/)
    expect(text).toMatch(/[A-Z]+: \d{4} HRS, [A-Z]{3} \d{1,2}, \d{4}/)
  })

  it('prints black on white', async () => {
    const [body] = await printed(page, 'body')
    expect(body).toMatchObject({ color: 'rgb(0, 0, 0)', background: 'rgba(0, 0, 0, 0)' })
    for (const selector of ['.kicker', '.story-byline .desk', 'figcaption', '.story-body a']) {
      for (const style of await printed(page, selector)) expect(style.color, selector).toBe('rgb(0, 0, 0)')
    }
  })

  it('writes out where a link in the text leads, and keeps pictures whole', async () => {
    const links = await printed(page, ".story-body a[href^='https://']")
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(link.after).toBe(`" (${link.href})"`)
    // The byline's links lead within the site: no addresses there.
    for (const link of await printed(page, '.story-byline a')) expect(link.after).toBe('none')
    const figures = await printed(page, 'figure')
    expect(figures.length).toBeGreaterThan(1)
    for (const figure of figures) expect(figure.breakInside).toBe('avoid')
  })

  it('fits on a few A4 pages', async () => {
    const pdf = await page.pdf({ format: 'A4' })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []
    expect(pages.length).toBeGreaterThanOrEqual(1)
    expect(pages.length).toBeLessThanOrEqual(4)
  })
})
