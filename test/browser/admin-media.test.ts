import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { addAccount, expectedConsoleNoise, PASSWORD, axeViolations } from './admin-support.ts'
import { hasChromium, launchChromium, noteSkipped } from './chromium.ts'
import { startDemoSite, type DemoSite } from './demo-site.ts'

const EDITOR = { email: 'shirin@example.com', name: 'Shirin Akter', role: 'editor' as const }
const REPORTER = { email: 'kamal@example.com', name: 'Kamal Uddin', role: 'reporter' as const }
const DESKTOP = { width: 1280, height: 900 }
const TABLET = { width: 820, height: 1180 }
const CAPTION = 'Launches wait at the Sadarghat terminal before the evening crossing'

interface AssetJson {
  id: number
  caption: string
  credit: string
  alt: string
  focalX: number
  focalY: number
}

noteSkipped('the media library in Chromium')

describe.skipIf(!hasChromium)('the media library at /admin/media', () => {
  let site: DemoSite
  let browser: Browser
  let files: string
  let picture: string

  beforeAll(async () => {
    files = mkdtempSync(join(tmpdir(), 'dateline-media-'))
    picture = join(files, 'sadarghat.jpg')
    // A small real JPEG: a blue field with an orange block, so the crops have something to keep.
    await sharp({ create: { width: 900, height: 600, channels: 3, background: '#2d5c8a' } })
      .composite([
        {
          input: await sharp({ create: { width: 200, height: 150, channels: 3, background: '#e8892b' } })
            .png()
            .toBuffer(),
          left: 620,
          top: 380,
        },
      ])
      .jpeg({ quality: 80 })
      .toFile(picture)
    writeFileSync(join(files, 'notes.txt'), 'Not a picture: notes from the desk.')
    writeFileSync(join(files, 'disguised.jpg'), 'Plain text wearing a picture’s name.')
    ;[site, browser] = await Promise.all([startDemoSite(), launchChromium()])
    const [desk] = await site.deps.store.desks.list()
    await addAccount(site.deps, { ...EDITOR, deskIds: [desk!.id] }, PASSWORD)
    await addAccount(site.deps, { ...REPORTER, deskIds: [desk!.id] }, PASSWORD)
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
    if (files) rmSync(files, { recursive: true, force: true })
  })

  /** A fresh browser profile signed in as `who` (through the API, as the sign-in form would), on the media page. */
  async function mediaPage(
    who: { email: string } = EDITOR,
    viewport = DESKTOP,
  ): Promise<{ page: Page; errors: string[] }> {
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
    await page.goto(`${site.url}/admin/media`)
    await page.getByRole('heading', { level: 1, name: 'Media' }).waitFor()
    await page.locator('.media-tile').first().waitFor()
    return { page, errors }
  }

  async function expectNoAxeViolations(page: Page, what: string) {
    expect(await axeViolations(page), `axe-core on ${what}`).toEqual([])
  }

  const asset = async (page: Page, id: number) =>
    (await (await page.request.get(`${site.url}/api/v1/assets/${id}`)).json()) as AssetJson

  const upload = (page: Page) => page.getByRole('region', { name: 'Upload a picture' })

  it('uploads a picture, then its caption, credit and focal point are edited and saved', async () => {
    const { page, errors } = await mediaPage()
    const before = (await site.deps.store.assets.list({ limit: 1, offset: 0 })).total
    await upload(page).getByLabel('Choose a file').setInputFiles(picture)
    await upload(page).getByLabel('Caption').fill(CAPTION)
    await upload(page).getByLabel('Credit').fill('Rina Das / Dateline')
    await upload(page)
      .getByLabel(/^Alt text/)
      .fill('Three river launches moored side by side at dusk')
    await upload(page).getByRole('button', { name: 'Upload' }).click()
    // The server makes the renditions before it answers: a second or so.
    await expect
      .poll(() => upload(page).getByRole('status').textContent(), { timeout: 15_000 })
      .toContain(`Uploaded: ${CAPTION}`)

    // The new picture comes first in the grid, with the focus on it.
    const first = page.locator('.media-tile').first()
    await expect(first.textContent()).resolves.toContain(CAPTION)
    const { items } = await site.deps.store.assets.list({ limit: 1, offset: 0 })
    const id = items[0]!.id
    expect(items[0]!.caption).toBe(CAPTION)
    expect((await site.deps.store.assets.list({ limit: 1, offset: 0 })).total).toBe(before + 1)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.media-tile')?.textContent))
      .toContain(CAPTION)

    await first.getByRole('button').click()
    const dialog = page.getByRole('dialog', { name: 'Picture details' })
    await dialog.waitFor()
    await dialog.getByLabel('Caption').fill(`${CAPTION}, in the rain`)
    await dialog.getByLabel('Credit').fill('Rina Das for Dateline')
    // Click a quarter across and three quarters down the picture.
    const target = dialog.getByRole('button', { name: /^Focal point/ })
    const box = (await target.locator('img').boundingBox())!
    await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.75)
    await expect(target.getAttribute('aria-label')).resolves.toBe('Focal point: 25% across, 75% down')
    // Keyboard users move it with the arrow keys: five steps right.
    for (let i = 0; i < 5; i++) await target.press('ArrowRight')
    await expect(target.getAttribute('aria-label')).resolves.toBe('Focal point: 30% across, 75% down')
    await dialog.getByRole('button', { name: 'Save' }).click()
    // A moved focal point cuts the crops anew before the answer.
    await expect.poll(() => dialog.getByRole('status').textContent(), { timeout: 15_000 }).toBe('Saved')

    const saved = await asset(page, id)
    expect(saved).toMatchObject({ caption: `${CAPTION}, in the rain`, credit: 'Rina Das for Dateline' })
    expect(saved.focalX).toBeCloseTo(0.3, 2)
    expect(saved.focalY).toBeCloseTo(0.75, 1)

    // Closing returns to the grid, which shows the new words; the focus goes back to the picture.
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await expect(first.textContent()).resolves.toContain('in the rain')
    expect(errors).toEqual([])
  })

  it('closing with unsaved changes asks first, and keeps them on "Keep editing"', async () => {
    const { page, errors } = await mediaPage()
    await page.locator('.media-tile').first().getByRole('button').click()
    const dialog = page.getByRole('dialog', { name: 'Picture details' })
    await dialog.getByLabel('Credit').fill('Someone else')
    await page.keyboard.press('Escape')
    await dialog.getByRole('button', { name: 'Keep editing' }).click()
    await expect(dialog.getByLabel('Credit').inputValue()).resolves.toBe('Someone else')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.getByRole('button', { name: 'Close without saving' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(errors).toEqual([])
  })

  it('search finds a picture by its caption and credit', async () => {
    const { page, errors } = await mediaPage()
    const search = page.getByLabel('Search pictures')
    await search.fill('sadarghat terminal')
    await expect
      .poll(() => page.locator('.media-tile').allTextContents())
      .toEqual([expect.stringContaining('Launches wait at the Sadarghat terminal')])
    await expect(page.locator('.media-count').textContent()).resolves.toBe(
      '1 picture matches “sadarghat terminal”',
    )
    await search.fill('Rina Das for Dateline')
    await expect.poll(() => page.locator('.media-tile').count()).toBe(1)
    await search.fill('no such picture anywhere')
    await expect.poll(() => page.getByText('No picture matches this search.').isVisible()).toBe(true)
    expect(errors).toEqual([])
  })

  it('a file that is not a picture is refused with a clear reason, and nothing is stored', async () => {
    const { page, errors } = await mediaPage()
    const before = (await site.deps.store.assets.list({ limit: 1, offset: 0 })).total
    await upload(page).getByLabel('Choose a file').setInputFiles(join(files, 'notes.txt'))
    await expect(upload(page).getByRole('alert').textContent()).resolves.toBe(
      'This file is not a picture: choose a JPEG, PNG, WebP, AVIF, GIF or TIFF image.',
    )
    await expect(upload(page).getByRole('button', { name: 'Upload' }).count()).resolves.toBe(0)

    // A file named like a picture goes to the server, which reads it and refuses it; what was typed stays.
    await upload(page).getByLabel('Choose another file').setInputFiles(join(files, 'disguised.jpg'))
    await upload(page).getByLabel('Caption').fill('Not really a picture')
    await upload(page).getByRole('button', { name: 'Upload' }).click()
    await expect
      .poll(() => upload(page).getByRole('alert').textContent(), { timeout: 10_000 })
      .toBe('The file is not a JPEG, PNG, WebP, AVIF, GIF or TIFF image.')
    await expect(upload(page).getByLabel('Caption').inputValue()).resolves.toBe('Not really a picture')
    expect((await site.deps.store.assets.list({ limit: 1, offset: 0 })).total).toBe(before)
    // The failed request is the browser's own console noise, not an error of the app.
    expect(errors.filter((e) => !/status of 422/.test(e))).toEqual([])
  })

  it('a picture dropped anywhere on the page lands in the upload panel', async () => {
    const { page, errors } = await mediaPage()
    const bytes = readFileSync(picture).toString('base64')
    const dataTransfer = await page.evaluateHandle((base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([data], 'dropped.jpg', { type: 'image/jpeg' }))
      return transfer
    }, bytes)
    const grid = page.locator('.media-grid')
    await grid.dispatchEvent('dragenter', { dataTransfer })
    await page.getByText('Drop the picture to upload it').waitFor()
    await grid.dispatchEvent('drop', { dataTransfer })
    await upload(page).getByText('dropped.jpg').waitFor()
    await expect(page.getByText('Drop the picture to upload it').count()).resolves.toBe(0)
    await expect(upload(page).locator('.upload-preview').getAttribute('src')).resolves.toMatch(/^blob:/)
    expect(errors).toEqual([])
  })

  it('a reporter sees a picture’s details without changing them', async () => {
    const { page, errors } = await mediaPage(REPORTER)
    await page.locator('.media-tile').first().getByRole('button').click()
    const dialog = page.getByRole('dialog', { name: 'Picture' })
    await dialog.getByText('Editors and above change a picture’s details.').waitFor()
    await expect(dialog.getByLabel('Caption').getAttribute('readonly')).resolves.toBe('')
    await expect(dialog.getByRole('button', { name: 'Save' }).count()).resolves.toBe(0)
    expect(errors).toEqual([])
  })

  for (const [width, viewport] of Object.entries({ desktop: DESKTOP, tablet: TABLET })) {
    it(`axe-core finds nothing on the library and a picture’s details at ${width} width`, async () => {
      const { page, errors } = await mediaPage(EDITOR, viewport)
      await upload(page).getByLabel('Choose a file').setInputFiles(picture)
      await page.getByLabel('Caption').first().waitFor()
      await expectNoAxeViolations(page, 'the media library')
      await upload(page).getByRole('button', { name: 'Remove' }).click()
      await page.locator('.media-tile').first().getByRole('button').click()
      await page.getByRole('dialog', { name: 'Picture details' }).waitFor()
      await expectNoAxeViolations(page, 'a picture’s details')
      expect(errors).toEqual([])
    })
  }
})
