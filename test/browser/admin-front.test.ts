import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { addAccount, expectedConsoleNoise, PASSWORD, axeViolations } from './admin-support.ts'
import { hasChromium, launchChromium, noteSkipped } from './chromium.ts'
import { startDemoSite, type DemoSite } from './demo-site.ts'

const EDITOR = { email: 'farida@example.com', name: 'Farida Yasmin', role: 'editor' as const }
const REPORTER = { email: 'sabbir@example.com', name: 'Sabbir Hossain', role: 'reporter' as const }
const DESKTOP = { width: 1280, height: 900 }
const TABLET = { width: 820, height: 1180 }

interface FrontJson {
  slots: Record<string, { articleId: number; headline: string; published: boolean }>
}

noteSkipped('front-page curation in Chromium')

describe.skipIf(!hasChromium)('front-page curation at /admin/front', () => {
  let site: DemoSite
  let browser: Browser
  /** Two published stories of the demo, neither of which the front page leads with on its own. */
  let first: { id: number; headline: string }
  let second: { id: number; headline: string }

  beforeAll(async () => {
    ;[site, browser] = await Promise.all([startDemoSite(), launchChromium()])
    const [desk] = await site.deps.store.desks.list()
    await addAccount(site.deps, { ...EDITOR, deskIds: [desk!.id] }, PASSWORD)
    await addAccount(site.deps, { ...REPORTER, deskIds: [desk!.id] }, PASSWORD)
    // Older stories, so neither leads the page by being the newest; plain headlines, found as typed.
    const published = (await site.deps.store.articles.listPublished({ limit: 50 })).filter((a) =>
      /^[\w ,.:-]+$/.test(a.headline),
    )
    ;[first, second] = published.slice(-2).map((a) => ({ id: a.id, headline: a.headline })) as [
      typeof first,
      typeof second,
    ]
  }, 120_000)

  /** Each test's browser profiles, closed after it (their pages hold the live-changes stream open). */
  const contexts: BrowserContext[] = []
  const newContext = async (options: { viewport?: { width: number; height: number } } = {}) => {
    const context = await browser.newContext(options)
    contexts.push(context)
    return context
  }
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()))
  })

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  /** A fresh browser profile signed in as `who` (through the API, as the sign-in form would), on `path`. */
  async function open(who: { email: string }, path: string, viewport = DESKTOP) {
    const context = await newContext({ viewport })
    const signedIn = await context.request.post(`${site.url}/api/v1/session`, {
      data: { email: who.email, password: PASSWORD },
      headers: { origin: site.url },
    })
    expect(signedIn.status()).toBe(200)
    const page = await context.newPage()
    const errors: string[] = []
    page.on(
      'console',
      (m) => m.type() === 'error' && !expectedConsoleNoise(m.text()) && errors.push(m.text()),
    )
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(site.url + path)
    await page.getByRole('heading', { level: 1 }).waitFor()
    return { page, errors }
  }

  async function frontPage(viewport = DESKTOP) {
    const opened = await open(EDITOR, '/admin/front', viewport)
    await opened.page.getByRole('group', { name: 'Lead' }).waitFor()
    await opened.page.locator('.front-story').first().waitFor()
    return opened
  }

  async function expectNoAxeViolations(page: Page, what: string) {
    expect(await axeViolations(page), `axe-core on ${what}`).toEqual([])
  }

  const front = async (page: Page) =>
    ((await (await page.request.get(`${site.url}/api/v1/front`)).json()) as FrontJson).slots
  const status = (page: Page) => page.locator('.front-status').textContent()

  /** The reader's front page: the headline of its lead story. */
  async function readerLead(page: Page): Promise<string> {
    await page.goto(`${site.url}/`)
    return (await page.locator('.front-lead .teaser--lead h2').textContent())!.trim()
  }

  it('an editor pins a story to the lead with the keyboard and saves; the site then leads with it', async () => {
    const { page, errors } = await frontPage()
    expect(await readerLead(await (await newContext()).newPage())).not.toBe(first.headline)

    await page.getByRole('button', { name: 'Choose story for Lead' }).focus()
    await page.keyboard.press('Enter')
    const chooser = page.getByRole('dialog', { name: 'Choose the story for Lead' })
    await chooser.waitFor()
    await page.keyboard.type(first.headline.slice(0, 30))
    const choice = chooser.getByRole('button', { name: new RegExp(`^${first.headline}`) })
    await choice.waitFor()
    await expect.poll(() => chooser.getByRole('listitem').count()).toBe(1)
    await page.keyboard.press('Tab')
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(first.headline)
    await page.keyboard.press('Enter')
    await chooser.waitFor({ state: 'hidden' })

    // The focus is back on the slot's button; the slot shows the story, not saved yet.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Change for Lead')
    const lead = page.getByRole('group', { name: 'Lead' })
    await expect.poll(() => lead.textContent()).toContain(first.headline)
    await expect.poll(() => lead.textContent()).toContain('Not saved')
    expect((await front(page)).lead).toBeUndefined()

    await page.getByRole('button', { name: 'Save front page' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => status(page)).toBe('Saved. The front page shows the change now.')
    await expect.poll(() => lead.textContent()).not.toContain('Not saved')
    expect((await front(page)).lead).toMatchObject({ articleId: first.id, published: true })

    const reader = await (await newContext()).newPage()
    expect(await readerLead(reader)).toBe(first.headline)
    expect(errors).toEqual([])
  })

  it('a story dragged onto a slot is pinned there; a pinned story is unpinned', async () => {
    const { page, errors } = await frontPage()
    const top = page.getByRole('group', { name: 'Top 1' })
    await page
      .locator('.front-story')
      .filter({ hasText: second.headline })
      .dragTo(top.getByText('Latest story fills this'))
    await expect.poll(() => top.textContent()).toContain(second.headline)
    await expect(status(page)).resolves.toBe(`“${second.headline}” pinned to Top 1. Not saved yet.`)
    await page.getByRole('button', { name: 'Save front page' }).click()
    await expect.poll(() => status(page)).toBe('Saved. The front page shows the change now.')
    expect((await front(page))['top-1']).toMatchObject({ articleId: second.id })

    // The shelf says where each pinned story is.
    await expect(
      page.locator('.front-story').filter({ hasText: second.headline }).textContent(),
    ).resolves.toContain('In Top 1')

    await page.getByRole('button', { name: 'Unpin from Lead' }).click()
    const lead = page.getByRole('group', { name: 'Lead' })
    await expect(lead.textContent()).resolves.toContain('Latest story fills this')
    // The focus stays in the slot, on its other button.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Choose story for Lead')
    await page.getByRole('button', { name: 'Save front page' }).click()
    await expect.poll(() => status(page)).toBe('Saved. The front page shows the change now.')
    const slots = await front(page)
    expect(slots.lead).toBeUndefined()
    expect(slots['top-1']).toMatchObject({ articleId: second.id })
    expect(errors).toEqual([])
  })

  it('a refused save says why on the slot and keeps the changes', async () => {
    const { page, errors } = await frontPage()
    // The story is taken off the site after the page loaded: pinning it is then refused, all or nothing.
    await page.getByRole('button', { name: 'Choose story for Top 2' }).click()
    const chooser = page.getByRole('dialog', { name: 'Choose the story for Top 2' })
    await chooser.getByRole('button', { name: new RegExp(`^${first.headline}`) }).click()
    await page.getByRole('button', { name: 'Unpin from Top 1' }).click()
    const at = () => new Date().toISOString()
    await site.deps.store.articles.update(first.id, { status: 'unpublished' }, at())
    try {
      await page.getByRole('button', { name: 'Save front page' }).click()
      await expect
        .poll(() => status(page))
        .toBe('Not saved: Top 2 was refused (see below), so nothing changed.')
      const slot = page.getByRole('group', { name: 'Top 2' })
      await expect(slot.getByRole('alert').textContent()).resolves.toBe(
        `Top 2: story ${first.id} is not published`,
      )
      await expect(page.getByText('2 changes not saved').isVisible()).resolves.toBe(true)
      expect((await front(page))['top-1']).toMatchObject({ articleId: second.id })
    } finally {
      await site.deps.store.articles.update(first.id, { status: 'published' }, at())
    }
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([])
  })

  it('a reporter has no Front page link, and the API refuses a reporter’s change', async () => {
    const { page, errors } = await open(REPORTER, '/admin')
    const nav = page.getByRole('navigation', { name: 'Newsroom' })
    await nav.getByRole('link', { name: 'Media' }).waitFor()
    await expect(nav.getByRole('link', { name: 'Front page' }).count()).resolves.toBe(0)
    const refused = await page.request.patch(`${site.url}/api/v1/front`, {
      data: { slots: { lead: second.id } },
      headers: { origin: site.url },
    })
    expect(refused.status()).toBe(403)
    await page.goto(`${site.url}/admin/front`)
    await page.getByText('Editors and above choose the front page’s stories.').waitFor()
    await expect(page.getByRole('button', { name: /^Choose story/ }).count()).resolves.toBe(0)
    expect(errors).toEqual([])
  })

  for (const [width, viewport] of Object.entries({ desktop: DESKTOP, tablet: TABLET })) {
    it(`axe-core finds nothing on the front-page screen at ${width} width`, async () => {
      const { page, errors } = await frontPage(viewport)
      await expectNoAxeViolations(page, 'the front-page screen')
      await page.getByRole('button', { name: 'Choose story for More 1' }).click()
      await page
        .getByRole('dialog', { name: 'Choose the story for More 1' })
        .getByRole('listitem')
        .first()
        .waitFor()
      await expectNoAxeViolations(page, 'the story chooser')
      expect(errors).toEqual([])
    })
  }
})
