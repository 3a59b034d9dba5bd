import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Desk } from '../../src/core/desk.ts'
import { receiveDocument } from '../../src/services/wire/receive-document.ts'
import { addAccount, expectedConsoleNoise, PASSWORD, signIn, axeViolations } from './admin-support.ts'
import { hasChromium, launchChromium, noteSkipped } from './chromium.ts'
import { startDemoSite, type DemoSite } from './demo-site.ts'

const REPORTER = { email: 'tania@example.com', name: 'Tania Akter', role: 'reporter' as const }
const EDITOR = { email: 'karim@example.com', name: 'Karim Hossain', role: 'editor' as const }

noteSkipped('whole newsroom journeys in Chromium')

/**
 * Whole journeys through the newsroom, as people make them: a reporter writes a story with pictures and submits it;
 * an editor fetches wire copy, edits it and publishes it, then corrects it; readers see each step on the site; and
 * the history brings an older text back. The built app (dist/admin) is what runs: `npm test` builds it first.
 */
// Each journey is a minute of a person's work: give it room on a busy two-core machine.
describe.skipIf(!hasChromium)('newsroom journeys', { timeout: 60_000 }, () => {
  let site: DemoSite
  let browser: Browser
  let desk: Desk

  beforeAll(async () => {
    ;[site, browser] = await Promise.all([startDemoSite(), launchChromium()])
    desk = (await site.deps.store.desks.list()).find((d) => d.name === 'International Desk')!
    for (const account of [REPORTER, EDITOR])
      await addAccount(site.deps, { ...account, deskIds: [desk.id] }, PASSWORD)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  async function signedIn(
    account: { email: string },
    viewport = { width: 1280, height: 900 },
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport })
    const page = await context.newPage()
    const errors: string[] = []
    page.on(
      'console',
      (m) => m.type() === 'error' && !expectedConsoleNoise(m.text()) && errors.push(m.text()),
    )
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${site.url}/admin`)
    await signIn(page, account.email, PASSWORD)
    await page.getByRole('heading', { level: 3, name: /Incoming/ }).waitFor()
    return { page, errors }
  }

  /** The story as the API holds it, read with the page's own session. */
  const apiStory = async (page: Page, id: number) =>
    (await (await page.request.get(`${site.url}/api/v1/articles/${id}`)).json()) as {
      version: number
      state: string
      status: string
      headline: string
      url: string | null
      body: { type: string; assetId?: number; alt?: string; content?: { text: string }[] }[]
      leadImage: { assetId: number; alt: string } | null
      contributors: { kind: string; name: string; userId?: number }[]
      corrections?: { note: string }[]
    }

  const storyId = (page: Page) => Number(/\/admin\/stories\/(\d+)/.exec(page.url())?.[1])
  const saved = (page: Page) =>
    expect.poll(() => page.locator('.save-status').textContent(), { timeout: 10_000 }).toMatch(/^Saved/)

  /** Picks the first picture of the library in the open picker, giving it alt text if it has none. */
  async function pickFromLibrary(page: Page, dialogName: string) {
    const picker = page.getByRole('dialog', { name: dialogName })
    await picker
      .getByRole('button', { name: /^Choose/ })
      .first()
      .click()
    const alt = picker.getByLabel('Alt text')
    if (!(await alt.inputValue())) await alt.fill('Boats moored on a wide river at dawn')
    await picker.getByRole('button', { name: 'Use this picture' }).click()
    await picker.waitFor({ state: 'detached' })
  }

  async function confirmAction(page: Page, action: string, fill?: () => Promise<void>) {
    await page.getByRole('complementary').getByRole('button', { name: action, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: `${action}?` })
    await dialog.waitFor()
    await fill?.()
    await dialog.getByRole('button', { name: action, exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
  }

  it('a reporter writes a story with a photo and submits it, and cannot publish it', async () => {
    const { page, errors } = await signedIn(REPORTER)
    await page.getByRole('button', { name: 'New story' }).click()
    await page.getByLabel('Headline').fill('Floating school reaches three more haor villages')
    await page.getByRole('button', { name: 'Create and write' }).click()
    await page.getByRole('textbox', { name: 'Story text' }).waitFor()
    const id = storyId(page)
    expect(id).toBeGreaterThan(0)

    const text = page.getByRole('textbox', { name: 'Story text' })
    await text.click()
    await page.keyboard.type('A boat fitted out as a classroom now stops at three more villages each week.')
    await page.getByRole('button', { name: 'Picture', exact: true }).click()
    await pickFromLibrary(page, 'Picture in the text')
    await page.getByRole('button', { name: 'Choose a lead picture' }).click()
    await pickFromLibrary(page, 'Lead picture')
    await page.getByRole('button', { name: 'Add a name' }).click()
    await page.getByLabel('Name 1', { exact: true }).fill(REPORTER.name)
    await page.getByRole('group', { name: 'Dateline' }).getByLabel('Place').fill('SUNAMGANJ')
    await saved(page)

    const draft = await apiStory(page, id)
    expect(draft.body.map((b) => b.type)).toEqual(['paragraph', 'figure'])
    expect(draft.body[1]!.alt).toBeTruthy()
    expect(draft.leadImage?.assetId).toBeGreaterThan(0)
    expect(draft.contributors).toEqual([
      expect.objectContaining({ kind: 'staff', name: REPORTER.name, userId: expect.any(Number) }),
    ])

    // A reporter's moves are submit and spike; publishing is not offered.
    const actions = page.getByRole('complementary').getByRole('listitem')
    expect(await actions.allTextContents()).toEqual(['Submit to the desk', 'Spike'])
    await confirmAction(page, 'Submit to the desk')
    await expect.poll(() => page.getByRole('complementary').locator('.badge').textContent()).toBe('Submitted')
    expect((await apiStory(page, id)).state).toBe('submitted')
    // Submitted, it can only be spiked by its reporter; the editors take it from here.
    expect(await actions.allTextContents()).toEqual(['Spike'])

    // Nor may the API be asked directly.
    const version = (await apiStory(page, id)).version
    const refused = await page.request.post(`${site.url}/api/v1/articles/${id}/publish`, {
      headers: { origin: site.url, 'if-match': `"v${version}"` },
      data: {},
    })
    expect(refused.status()).toBe(403)
    expect((await apiStory(page, id)).status).toBe('draft')
    expect(errors).toEqual([])
  })

  it('an editor fetches wire copy, edits it, publishes it, corrects it, and readers see each', async () => {
    await receiveDocument(site.deps, {
      bytes: new TextEncoder().encode(
        JSON.stringify({
          uri: 'urn:test:journey:port',
          version: '1',
          urgency: 3,
          headlines: [{ value: 'Port reopens after dredging works' }],
          bodies: [
            { contentType: 'text/plain', value: 'The river port reopened to cargo boats on Friday morning.' },
          ],
        }),
      ),
      origin: 'agency.json',
      deskName: desk.name,
    })
    const { page, errors } = await signedIn(EDITOR)
    const queue = page.getByRole('region', { name: 'Wire' })
    const item = queue.getByRole('listitem').filter({ hasText: 'Port reopens after dredging works' })
    await item.getByRole('button', { name: 'Fetch to desk' }).click()
    const card = page
      .getByRole('region', { name: /^Incoming/ })
      .getByRole('link', { name: /Port reopens after dredging works/ })
    await card.click()
    await page.getByRole('textbox', { name: 'Story text' }).waitFor()
    const id = storyId(page)

    // Edit: a sharper headline, and a line added to the text.
    await page.getByLabel('Headline').fill('River port reopens to cargo boats after dredging')
    const text = page.getByRole('textbox', { name: 'Story text' })
    await text.click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Dredgers removed silt that had closed the channel since the monsoon.')
    await page.getByLabel('Section').selectOption({ label: 'Bangladesh' })
    await saved(page)

    await confirmAction(page, 'Publish')
    await expect.poll(async () => (await apiStory(page, id)).status).toBe('published')
    const { url } = await apiStory(page, id)
    const reader = await (await fetch(url!)).text()
    expect(reader).toContain('River port reopens to cargo boats after dredging')
    expect(reader).toContain('Dredgers removed silt')

    // The preview beside the text is the reader's page.
    await page.getByRole('tab', { name: 'Preview' }).click()
    const frame = page.frameLocator('iframe[title^="Reader’s page"]')
    await expect
      .poll(() => frame.getByRole('heading', { level: 1 }).textContent())
      .toBe('River port reopens to cargo boats after dredging')
    await page.getByRole('tab', { name: 'Details' }).click()

    // A mistake found after publishing: fixed, and corrected with a note readers see.
    await text.click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(' Boats up to 500 tonnes may use it.')
    await saved(page)
    await confirmAction(page, 'Publish a correction', () =>
      page
        .getByLabel('Correction note (readers see it)')
        .fill('An earlier version left out the tonnage limit.'),
    )
    await expect.poll(async () => (await apiStory(page, id)).corrections?.length).toBe(1)
    const corrected = await (await fetch(url!)).text()
    expect(corrected).toContain('Boats up to 500 tonnes may use it.')
    expect(corrected).toContain('An earlier version left out the tonnage limit.')
    expect(errors).toEqual([])
  })

  it('the history shows two saves side by side, and restores the older text', async () => {
    const { page, errors } = await signedIn(EDITOR)
    await page.getByRole('button', { name: 'New story' }).click()
    await page.getByLabel('Headline').fill('Tea auction prices hold steady')
    await page.getByRole('button', { name: 'Create and write' }).click()
    const text = page.getByRole('textbox', { name: 'Story text' })
    await text.waitFor()
    const id = storyId(page)
    await text.click()
    await page.keyboard.type('Prices at the weekly auction were unchanged.')
    await saved(page)
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.type('Prices at the weekly auction rose slightly.')
    await saved(page)

    await page.getByRole('link', { name: 'History', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'History of changes' }).waitFor()
    const revisions = page.getByRole('navigation', { name: 'Revisions' }).getByRole('button')
    await expect.poll(() => revisions.count()).toBe(3)
    const line = page.locator('.diff-line.changed')
    await expect.poll(() => line.locator('.before del').allTextContents()).toEqual(['were', 'unchanged'])
    expect(await line.locator('.after ins').allTextContents()).toEqual(['rose', 'slightly'])

    // Bring back the first text (revision 2: the one with "unchanged").
    await revisions.nth(1).click()
    await page.getByRole('button', { name: 'Restore revision 2' }).click()
    await page
      .getByRole('dialog', { name: 'Restore revision 2?' })
      .getByRole('button', { name: 'Restore' })
      .click()
    await page.getByRole('textbox', { name: 'Story text' }).waitFor()
    await expect
      .poll(async () => (await apiStory(page, id)).body[0]?.content?.[0]?.text)
      .toBe('Prices at the weekly auction were unchanged.')
    await expect.poll(() => text.textContent()).toBe('Prices at the weekly auction were unchanged.')
    expect(errors).toEqual([])
  })

  it('the story page with its details, its preview and its history have no axe-core violations, on desktop and tablet', async () => {
    const story = (await site.deps.store.articles.listNewsroom({ deskId: desk.id, limit: 1, offset: 0 }))
      .items[0]!
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 820, height: 1180 },
    ]) {
      const { page, errors } = await signedIn(EDITOR, viewport)
      const axe = async (what: string) => {
        expect(await axeViolations(page), `${what} at ${viewport.width}px`).toEqual([])
      }
      await page.goto(`${site.url}/admin/stories/${story.id}`)
      await page.getByRole('textbox', { name: 'Story text' }).waitFor()
      if (viewport.width < 1100) {
        // On a tablet the story's status and moves come first; its details unfold on request.
        await axe('the story page, details folded')
        await page.getByRole('button', { name: 'Details and preview' }).click()
      }
      await page.getByLabel('Section').waitFor()
      await axe('the story page')
      await page.getByRole('tab', { name: 'Preview' }).click()
      await page.locator('iframe').waitFor()
      await axe('the story page with the preview')
      await page.getByRole('link', { name: 'History', exact: true }).click()
      await page.getByRole('heading', { level: 1, name: 'History of changes' }).waitFor()
      await axe('the history')
      expect(errors).toEqual([])
      await page.context().close()
    }
  })
})
