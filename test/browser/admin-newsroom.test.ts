import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Desk } from '../../src/core/desk.ts'
import { receiveDocument } from '../../src/services/wire/receive-document.ts'
import {
  addAccount,
  ensureAdminBuild,
  expectedConsoleNoise,
  PASSWORD,
  signIn,
  axeViolations,
} from './admin-support.ts'
import { hasChromium, launchChromium, noteSkipped } from './chromium.ts'
import { startDemoSite, type DemoSite } from './demo-site.ts'

const EDITOR = { email: 'nadia@example.com', name: 'Nadia Rahman', role: 'editor' as const }
const DESKTOP = { width: 1280, height: 900 }
const TABLET = { width: 820, height: 1180 }

noteSkipped('the newsroom app in Chromium')

describe.skipIf(!hasChromium)('the newsroom app at /admin', () => {
  let site: DemoSite
  let browser: Browser
  let desk: Desk

  beforeAll(async () => {
    ensureAdminBuild()
    ;[site, browser] = await Promise.all([startDemoSite(), launchChromium()])
    desk = (await site.deps.store.desks.list()).find((d) => d.name === 'International Desk')!
    await addAccount(site.deps, { ...EDITOR, deskIds: [desk.id] }, PASSWORD)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  /** A fresh browser profile (no cookie) and a page in it that records console errors. */
  async function openPage(viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    const errors: string[] = []
    page.on(
      'console',
      (m) => m.type() === 'error' && !expectedConsoleNoise(m.text()) && errors.push(m.text()),
    )
    page.on('pageerror', (e) => errors.push(e.message))
    return { page, errors }
  }

  async function signedInDashboard(viewport = DESKTOP) {
    const opened = await openPage(viewport)
    await opened.page.goto(`${site.url}/admin`)
    await signIn(opened.page, EDITOR.email, PASSWORD)
    await opened.page.getByRole('heading', { level: 3, name: /Incoming/ }).waitFor()
    return opened
  }

  const column = (page: Page, name: string) =>
    page.getByRole('region', { name: new RegExp(`^${name}`) }).getByRole('listitem')

  async function expectNoAxeViolations(page: Page, what: string) {
    expect(await axeViolations(page), `axe-core on ${what}`).toEqual([])
  }

  it('a wrong password shows an error and does not sign in', async () => {
    const { page, errors } = await openPage()
    await page.goto(`${site.url}/admin`)
    await signIn(page, EDITOR.email, 'not the password at all')
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Wrong email or password')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Sign in to the newsroom',
    )
    expect((await page.request.get(`${site.url}/api/v1/session`)).status()).toBe(401)
    expect(await page.context().cookies()).toEqual([])
    expect(errors).toEqual([])
  })

  it('an editor signs in and sees the desk’s stages as columns, with the demo stories', async () => {
    const { page, errors } = await signedInDashboard()
    expect(new URL(page.url()).pathname).toBe(`/admin/desks/${desk.id}`)
    const headings = await page.getByRole('heading', { level: 3 }).allTextContents()
    expect(headings.map((h) => h.replace(/\d.*$/, '').trim())).toEqual([
      'Incoming',
      'Working',
      'Ready',
      'Published',
    ])
    const demo = await site.deps.store.articles.listNewsroom({ deskId: desk.id, limit: 100, offset: 0 })
    expect(demo.items.length).toBeGreaterThan(0)
    const shown = await column(page, 'Published').allTextContents()
    for (const story of demo.items) expect(shown.some((text) => text.includes(story.headline))).toBe(true)
    await expect(page.getByText(`${EDITOR.name}`, { exact: true }).isVisible()).resolves.toBe(true)
    // The session cookie is the API's own: the app's script can neither read nor send it elsewhere.
    const [cookie] = await page.context().cookies()
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' })
    expect(await page.evaluate(() => document.cookie)).toBe('')
    expect(errors).toEqual([])
  })

  it('a wire item found by text is fetched to the desk and shows up in the first stage', async () => {
    const { page, errors } = await signedInDashboard()
    const item = (headline: string, uri: string, urgency: number) =>
      receiveDocument(site.deps, {
        bytes: new TextEncoder().encode(
          JSON.stringify({
            uri,
            version: '2',
            urgency,
            headlines: [{ value: headline }],
            bodies: [{ contentType: 'text/plain', value: 'Talks resume at the border town on Monday.' }],
          }),
        ),
        origin: 'agency.json',
        deskName: desk.name,
      })
    await item('Ferry service to the islands restored after storm', 'urn:test:ferry', 4)
    await item('Ceasefire talks to resume on Monday, mediators say', 'urn:test:ceasefire', 2)

    const queue = page.getByRole('region', { name: 'Wire' })
    await queue.getByLabel('Search the wire').fill('ceasefire')
    const items = queue.getByRole('listitem')
    await expect.poll(() => items.allTextContents()).toEqual([expect.stringContaining('Ceasefire talks')])
    await expect(items.first().textContent()).resolves.toMatch(/Urgency 2.*Version 2/)

    await items.first().getByRole('button', { name: 'Fetch to desk' }).click()
    await expect
      .poll(() => column(page, 'Incoming').allTextContents())
      .toContainEqual(expect.stringContaining('Ceasefire talks to resume on Monday'))
    await expect.poll(() => queue.getByRole('status').textContent()).toMatch(/^Fetched to International Desk/)
    await expect.poll(() => items.count()).toBe(0)
    const [first] = await site.deps.store.stages.list(desk.id)
    const [story] = (
      await site.deps.store.articles.listNewsroom({ deskId: desk.id, states: ['draft'], limit: 5, offset: 0 })
    ).items
    expect(story).toMatchObject({
      headline: 'Ceasefire talks to resume on Monday, mediators say',
      stageId: first!.id,
    })
    expect(errors).toEqual([])
  })

  it('is used by keyboard: a story opens from its card and its page takes the focus', async () => {
    const { page } = await signedInDashboard()
    let focused = ''
    for (let i = 0; i < 40 && !focused.startsWith('/admin/stories/'); i++) {
      await page.keyboard.press('Tab')
      focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')
    }
    expect(focused).toMatch(/^\/admin\/stories\/\d+$/)
    await page.keyboard.press('Enter')
    await page.waitForURL(`**${focused}`)
    // The story loads, then its heading takes the focus, so the keyboard goes on from the top of the new page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    await page.getByRole('textbox', { name: 'Story text' }).waitFor()
  })

  it('an account with a one-time password chooses its own, then reaches the dashboard', async () => {
    const otp = await addAccount(site.deps, {
      email: 'new.reporter@example.com',
      name: 'Tanvir Hasan',
      role: 'reporter',
      deskIds: [desk.id],
    })
    const { page, errors } = await openPage()
    await page.goto(`${site.url}/admin`)
    await signIn(page, 'new.reporter@example.com', otp!)
    await page.getByLabel('One-time password').fill(otp!)
    await page.getByLabel('New password', { exact: true }).fill('a river of bright lanterns')
    await page.getByLabel('New password again').fill('a river of bright lanterns')
    await page.getByRole('button', { name: 'Save and continue' }).click()
    await page.getByRole('heading', { level: 1, name: 'International Desk' }).waitFor()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' }).waitFor()
    expect((await page.request.get(`${site.url}/api/v1/session`)).status()).toBe(401)
    expect(errors).toEqual([])
  })

  for (const [width, viewport] of Object.entries({ desktop: DESKTOP, tablet: TABLET })) {
    it(`axe-core finds nothing on the sign-in page and the dashboard at ${width} width`, async () => {
      const { page, errors } = await openPage(viewport)
      await page.goto(`${site.url}/admin`)
      await page.getByLabel('Email').waitFor()
      await expectNoAxeViolations(page, 'the sign-in page')
      await signIn(page, EDITOR.email, PASSWORD)
      await page.getByRole('heading', { level: 3, name: /Incoming/ }).waitFor()
      await expectNoAxeViolations(page, 'the dashboard')
      await page.getByRole('link', { name: 'Wire', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'Wire' }).waitFor()
      await expectNoAxeViolations(page, 'the wire page')
      expect(errors).toEqual([])
    })
  }

  it('reader pages load no script of the newsroom app, nor any other', async () => {
    const { page, errors } = await openPage()
    const requested: string[] = []
    page.on('request', (r) => requested.push(new URL(r.url()).pathname))
    for (const path of Object.values(site.pages)) {
      const html = await (await fetch(site.url + path)).text()
      expect(html, path).not.toMatch(/<script\b[^>]*\bsrc=/i)
      expect(html, path).not.toContain('/admin/')
      await page.goto(site.url + path)
    }
    expect(requested.filter((p) => p.startsWith('/admin') || p.endsWith('.js'))).toEqual([])
    expect(errors).toEqual([])
  })
})
