import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addSource } from '../../src/services/wire/source-admin.ts'
import { addAccount, expectedConsoleNoise, PASSWORD, signIn, axeViolations } from './admin-support.ts'
import { hasChromium, launchChromium, noteSkipped } from './chromium.ts'
import { startDemoSite, type DemoSite } from './demo-site.ts'

const ADMIN = { email: 'ada@example.com', name: 'Ada Chowdhury', role: 'admin' as const }
const EDITOR = { email: 'nadia@example.com', name: 'Nadia Rahman', role: 'editor' as const }
const DESKTOP = { width: 1280, height: 900 }
const TABLET = { width: 820, height: 1180 }

noteSkipped('the Manage screens in Chromium')

// The build is made before this file runs (`npm test` builds first; admin-newsroom.test.ts builds when stale).
describe.skipIf(!hasChromium)('the Manage screens at /admin/manage', () => {
  let site: DemoSite
  let browser: Browser

  beforeAll(async () => {
    ;[site, browser] = await Promise.all([startDemoSite(), launchChromium()])
    const [desk] = await site.deps.store.desks.list()
    await addAccount(site.deps, { ...ADMIN, deskIds: [] }, PASSWORD)
    await addAccount(site.deps, { ...EDITOR, deskIds: [desk!.id] }, PASSWORD)
    await addSource(
      site.deps,
      {
        name: 'bss',
        format: 'newsml',
        url: 'https://wire.example.com/bss.xml',
        intervalSeconds: 300,
        deskId: desk!.id,
        autoPublish: false,
      },
      { userId: null, ip: null },
    )
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  /**
   * A fresh browser profile signed in at a Manage screen, recording console errors. `allowed` names failed loads the
   * test causes on purpose (a 422 the form then shows).
   */
  async function signedIn(
    account: { email: string },
    path: string,
    options: { viewport?: typeof DESKTOP; allowed?: RegExp } = {},
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('console', (m) => {
      const text = m.text()
      if (m.type() === 'error' && !expectedConsoleNoise(text) && !options.allowed?.test(text))
        errors.push(text)
    })
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${site.url}${path}`)
    await signIn(page, account.email, PASSWORD)
    await page.getByRole('navigation', { name: 'Manage' }).waitFor()
    return { page, errors }
  }

  const api = async <T>(page: Page, path: string): Promise<T> => {
    const response = await page.request.get(`${site.url}/api/v1${path}`)
    expect(response.status(), path).toBe(200)
    return (await response.json()) as T
  }

  async function expectNoAxeViolations(page: Page, what: string) {
    // Moving between screens keeps the document, and axe with it.
    expect(await axeViolations(page), `axe-core on ${what}`).toEqual([])
  }

  it('an admin adds a user, sees the one-time password once, and the user signs in with it', async () => {
    const { page, errors } = await signedIn(ADMIN, '/admin/manage/users')
    await page.getByRole('button', { name: 'Add a user' }).click()
    const form = page.getByRole('form', { name: 'Add a user' })
    await form.getByLabel('Name').fill('Tania Akter')
    await form.getByLabel('Email').fill('tania@example.com')
    await form.getByLabel('Role').selectOption('reporter')
    await form.getByLabel('Sport Desk').check()
    await form.getByRole('button', { name: 'Add user' }).click()

    const shown = page.getByRole('region', { name: 'Tania Akter is added' })
    await expect(shown.textContent()).resolves.toContain('It will not be shown again')
    const password = (await shown.locator('[data-secret]').textContent())!.trim()
    expect(password).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/)
    // The heading of what was shown takes the focus, so it is read first.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Tania Akter is added',
    )
    const row = page.getByRole('row', { name: /^Tania Akter/ })
    await expect.poll(() => row.textContent()).toMatch(/Reporter.*Sport Desk.*Awaiting first sign-in/)

    const sport = (await site.deps.store.desks.list()).find((d) => d.name === 'Sport Desk')!
    const stored = await site.deps.store.users.getByEmail('tania@example.com')
    expect(stored).toMatchObject({ name: 'Tania Akter', role: 'reporter', deskIds: [sport.id] })
    expect(stored?.mustChangePassword).toBe(true)

    // "Done" puts the password away for good.
    await shown.getByRole('button', { name: 'Done' }).click()
    await expect(page.getByText(password).count()).resolves.toBe(0)

    const other = await browser.newContext({ viewport: DESKTOP })
    const theirs = await other.newPage()
    await theirs.goto(`${site.url}/admin`)
    await signIn(theirs, 'tania@example.com', password)
    await theirs.getByRole('heading', { level: 1, name: 'Choose your password' }).waitFor()
    await other.close()
    expect(errors).toEqual([])
  })

  it('an admin changes a user’s role and desks, and deactivates them after confirming', async () => {
    const [first] = await site.deps.store.desks.list()
    await addAccount(
      site.deps,
      { email: 'rafiq@example.com', name: 'Rafiq Islam', role: 'reporter', deskIds: [] },
      PASSWORD,
    )
    const { page, errors } = await signedIn(ADMIN, '/admin/manage/users')
    const row = page.getByRole('row', { name: /^Rafiq Islam/ })
    await row.getByRole('button', { name: 'Edit' }).click()
    const form = page.getByRole('form', { name: 'Edit Rafiq Islam' })
    await form.getByLabel('Role').selectOption('editor')
    await form.getByLabel(first!.name).check()
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Saved Rafiq Islam.')
    await expect(site.deps.store.users.getByEmail('rafiq@example.com')).resolves.toMatchObject({
      role: 'editor',
      deskIds: [first!.id],
    })

    // A token for an integration acting as Rafiq, shown once, that works until the account is deactivated.
    await row.getByRole('button', { name: 'Edit' }).click()
    await page.getByLabel('New API token').fill('syndication')
    await page.getByRole('button', { name: 'Make token' }).click()
    const shown = page.getByRole('region', { name: 'Token “syndication” made' })
    const token = (await shown.locator('[data-secret]').textContent())!.trim()
    const withToken = () =>
      fetch(`${site.url}/api/v1/desks`, { headers: { authorization: `Bearer ${token}` } }).then(
        (r) => r.status,
      )
    await expect(withToken()).resolves.toBe(200)

    await page.getByRole('button', { name: 'Deactivate Rafiq Islam' }).click()
    // Asked first; cancelling changes nothing.
    const ask = page.getByRole('group', { name: /^Deactivate Rafiq Islam\?/ })
    await ask.getByRole('button', { name: 'Cancel' }).click()
    expect((await site.deps.store.users.getByEmail('rafiq@example.com'))?.disabled).toBe(false)
    await page.getByRole('button', { name: 'Deactivate Rafiq Islam' }).click()
    await ask.getByRole('button', { name: 'Deactivate' }).click()
    await expect.poll(() => row.textContent()).toContain('Deactivated')
    expect((await site.deps.store.users.getByEmail('rafiq@example.com'))?.disabled).toBe(true)
    await expect(withToken()).resolves.toBe(401)
    expect(errors).toEqual([])
  })

  it('an admin adds a desk, then a stage to it, and both show', async () => {
    const { page, errors } = await signedIn(ADMIN, '/admin/manage/desks')
    await page.getByRole('button', { name: 'Add a desk' }).click()
    const form = page.getByRole('form', { name: 'Add a desk' })
    await form.getByLabel('Name').fill('Features Desk')
    await form.getByLabel('Default section').selectOption({ label: 'Culture' })
    await form.getByRole('button', { name: 'Add desk' }).click()

    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Features Desk' }) })
    await expect.poll(() => card.textContent()).toContain('Default section: Culture')
    await card.getByRole('button', { name: 'Add a stage' }).click()
    await card.getByLabel('New stage').fill('Subbing')
    await card.getByRole('button', { name: 'Add stage' }).click()
    const stages = card.getByRole('list', { name: /^Stages of Features Desk/ }).getByRole('listitem')
    await expect.poll(() => stages.allTextContents()).toEqual(['Incoming', 'Working', 'Ready', 'Subbing'])

    const desks = await api<{ items: { name: string; stages: { name: string }[] }[] }>(page, '/desks')
    const desk = desks.items.find((d) => d.name === 'Features Desk')
    expect(desk?.stages.map((s) => s.name)).toEqual(['Incoming', 'Working', 'Ready', 'Subbing'])
    expect(errors).toEqual([])
  })

  it('an admin saves site settings; a wrong value is marked by its field and nothing is saved', async () => {
    const { page, errors } = await signedIn(ADMIN, '/admin/manage/settings', { allowed: /status of 422/ })
    const form = page.getByRole('form', { name: 'Site settings' })
    await form.getByLabel('Tagline').fill('Bangladesh’s news, as it happens')
    await form.getByLabel('Zone label').fill('BST')
    await form.getByLabel('Let them in').check()
    await form.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Saved')
    const saved = await api<Record<string, unknown>>(page, '/settings')
    expect(saved).toMatchObject({
      tagline: 'Bangladesh’s news, as it happens',
      zoneLabel: 'BST',
      aiCrawlers: 'allow',
    })

    // One wrong value: the whole change is refused, the field says why, and what was typed stays.
    await form.getByLabel('Name of the paper').fill('The Morning Dateline')
    await form.getByLabel('Time zone').fill('Mars/Olympus')
    await form.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Nothing was saved/)
    const zone = form.getByLabel('Time zone')
    await expect(zone.getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(zone.evaluate((el) => el.getAttribute('aria-describedby'))).resolves.toContain(
      'setting-timeZone-error',
    )
    await expect(page.locator('#setting-timeZone-error').textContent()).resolves.toMatch(/IANA time zone/)
    await expect(zone.inputValue()).resolves.toBe('Mars/Olympus')
    await expect(form.getByLabel('Name of the paper').inputValue()).resolves.toBe('The Morning Dateline')
    const after = await api<Record<string, unknown>>(page, '/settings')
    expect(after).toEqual(saved)
    expect(errors).toEqual([])
  })

  it('an admin adds a routing rule and deletes it after confirming', async () => {
    const { page, errors } = await signedIn(ADMIN, '/admin/manage/sources')
    await page.getByRole('button', { name: 'Add a rule' }).click()
    const form = page.getByRole('form', { name: 'Add a routing rule' })
    await form.getByLabel('Name').fill('Cricket to Sport')
    await form.getByLabel('For items from').selectOption({ label: 'bss' })
    await form.getByLabel('Keywords').fill('cricket, test match')
    await form.getByLabel('Languages').fill('en')
    await form.getByLabel('Desk').selectOption({ label: 'Sport Desk' })
    await form.getByLabel('Stage').selectOption({ label: 'Working' })
    await form.getByRole('button', { name: 'Add rule' }).click()

    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Cricket to Sport' }) })
    await expect
      .poll(() => card.textContent())
      .toMatch(/bss.*keywords cricket or test match; language en.*Sport Desk, Working/)
    const rules = await api<{ items: { id: number; name: string; match: unknown; publish: boolean }[] }>(
      page,
      '/routing-rules',
    )
    const rule = rules.items.find((r) => r.name === 'Cricket to Sport')
    expect(rule).toMatchObject({
      match: { keywords: ['cricket', 'test match'], languages: ['en'] },
      publish: false,
    })

    await card.getByRole('button', { name: 'Delete' }).click()
    await card.getByRole('button', { name: 'Delete Cricket to Sport' }).click()
    await expect.poll(() => card.count()).toBe(0)
    await expect(page.getByRole('status').first().textContent()).resolves.toBe(
      'The rule Cricket to Sport is deleted.',
    )
    const left = await api<{ items: { id: number }[] }>(page, '/routing-rules')
    expect(left.items.some((r) => r.id === rule!.id)).toBe(false)
    expect(errors).toEqual([])
  })

  it('an admin adds a pushed source, sees its token once, the agency pushes with it; deleting asks first', async () => {
    const { page, errors } = await signedIn(ADMIN, '/admin/manage/sources')
    await page.getByRole('button', { name: 'Add a source' }).click()
    const form = page.getByRole('form', { name: 'Add a source' })
    await form.getByLabel('Name', { exact: true }).fill('unb')
    await form.getByLabel('The agency pushes them').check()
    await form.getByLabel('Format').selectOption('ninjs')
    await form.getByLabel('Desk').selectOption({ label: 'National Desk' })
    await form.getByRole('button', { name: 'Add source' }).click()

    const shown = page.getByRole('region', { name: 'unb is added' })
    const token = (await shown.locator('[data-secret]').textContent())!.trim()
    const address = `${site.url}/api/v1/ingest/push/unb`
    await expect(shown.textContent()).resolves.toContain(address)
    const pushed = await fetch(address, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ uri: 'urn:test:unb:1', version: '1', headlines: [{ value: 'Ferries resume' }] }),
    })
    expect(pushed.status).toBe(202)
    await shown.getByRole('button', { name: 'Done' }).click()

    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'unb' }) })
    await expect.poll(() => card.textContent()).toMatch(/Pushed by the agency.*ninjs.*National Desk/)
    await card.getByRole('button', { name: 'Delete' }).click()
    await card.getByRole('button', { name: 'Cancel' }).click()
    await expect(card.count()).resolves.toBe(1)
    await card.getByRole('button', { name: 'Delete' }).click()
    await card.getByRole('button', { name: 'Delete unb' }).click()
    await expect.poll(() => card.count()).toBe(0)
    expect(await site.deps.store.sources.getByName('unb')).toBeFalsy()
    expect(errors).toEqual([])
  })

  it('an editor sees sources and rules read-only, and no users screen', async () => {
    const { page, errors } = await signedIn(EDITOR, '/admin/manage/users')
    // Users is an administrator's screen: an editor lands on the first screen they may open.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin/manage/desks')
    const tabs = await page.getByRole('navigation', { name: 'Manage' }).getByRole('link').allTextContents()
    expect(tabs).toEqual(['Desks and sections', 'Sources and routing', 'Site settings'])
    await expect(page.getByRole('button', { name: 'Add a user' }).count()).resolves.toBe(0)
    await expect(page.getByText(ADMIN.email).count()).resolves.toBe(0)

    await page.getByRole('link', { name: 'Sources and routing' }).click()
    await page.getByRole('heading', { level: 1, name: 'Sources and routing' }).waitFor()
    await expect(
      page.getByRole('link', { name: 'Sources and routing' }).getAttribute('aria-current'),
    ).resolves.toBe('page')
    // The heading takes the focus after moving between screens.
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1')
    const source = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'bss' }) })
    await expect.poll(() => source.textContent()).toMatch(/Polled every 5 min.*NewsML-G2/)
    await expect(page.getByText('an administrator makes the changes').count()).resolves.toBe(1)
    await expect(page.getByRole('button').allTextContents()).resolves.toEqual(['Sign out'])
    await expect(page.getByRole('form').count()).resolves.toBe(0)
    expect(errors).toEqual([])
  })

  for (const [width, viewport, withForms] of [
    ['desktop', DESKTOP, true],
    ['tablet', TABLET, false],
  ] as const) {
    it(`axe-core finds nothing on any Manage screen${withForms ? ', forms open,' : ''} at ${width} width`, async () => {
      const { page, errors } = await signedIn(ADMIN, '/admin/manage/users', { viewport })
      const screens: [string, string[]][] = [
        ['Users', ['Add a user', 'Edit']],
        ['Desks and sections', ['Add a desk', 'Add a section']],
        ['Sources and routing', ['Add a source', 'Add a rule']],
        ['Site settings', []],
      ]
      for (const [name, openers] of screens) {
        await page.getByRole('navigation', { name: 'Manage' }).getByRole('link', { name }).click()
        await page.getByRole('heading', { level: 1, name }).waitFor()
        if (openers.length === 0) await page.getByRole('form', { name }).waitFor()
        else await page.getByRole('button', { name: openers[0] }).first().waitFor()
        if (!withForms || openers.length === 0) {
          await expectNoAxeViolations(page, `${name} at ${width} width`)
          continue
        }
        // Users opens both at once; the other screens open one form at a time.
        for (const opener of openers) {
          await page.getByRole('button', { name: opener }).first().click()
          await page.getByRole('form').first().waitFor()
          if (name !== 'Users' || opener === 'Edit')
            await expectNoAxeViolations(page, `${name} with “${opener}” open at ${width} width`)
        }
      }
      expect(errors).toEqual([])
    })
  }

  it('axe-core finds nothing on the read-only screens an editor sees', async () => {
    const { page, errors } = await signedIn(EDITOR, '/admin/manage/sources')
    await page.getByRole('heading', { name: 'bss' }).waitFor()
    await expectNoAxeViolations(page, 'sources, read-only')
    await page.getByRole('link', { name: 'Site settings' }).click()
    await page.getByText('Name of the paper').waitFor()
    await expectNoAxeViolations(page, 'settings, read-only')
    expect(errors).toEqual([])
  })
})
