import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Desk } from '../../src/core/desk.ts'
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

const REPORTER = { email: 'rafi@example.com', name: 'Rafi Ahmed', role: 'reporter' as const }
const EDITOR_A = { email: 'mina@example.com', name: 'Mina Sultana', role: 'editor' as const }
const EDITOR_B = { email: 'omar@example.com', name: 'Omar Faruk', role: 'editor' as const }

interface StoryJson {
  id: number
  version: number
  headline: string
  body: {
    type: string
    level?: number
    content?: { text: string; bold?: true }[]
    paragraphs?: unknown
    attribution?: string
  }[]
}

noteSkipped('the story editor in Chromium')

describe.skipIf(!hasChromium)('the story editor at /admin/stories/{id}', () => {
  let site: DemoSite
  let browser: Browser
  let desk: Desk

  beforeAll(async () => {
    ensureAdminBuild()
    ;[site, browser] = await Promise.all([startDemoSite(), launchChromium()])
    desk = (await site.deps.store.desks.list()).find((d) => d.name === 'International Desk')!
    for (const account of [REPORTER, EDITOR_A, EDITOR_B])
      await addAccount(site.deps, { ...account, deskIds: [desk.id] }, PASSWORD)
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })

  /** A fresh browser profile, signed in as `who`, recording console errors. */
  async function signedIn(who: { email: string }): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on(
      'console',
      (m) => m.type() === 'error' && !expectedConsoleNoise(m.text()) && errors.push(m.text()),
    )
    page.on('pageerror', (e) => errors.push(`${e.message}\n${e.stack}`))
    await page.goto(`${site.url}/admin`)
    await signIn(page, who.email, PASSWORD)
    await page.getByRole('heading', { level: 3, name: /Incoming/ }).waitFor()
    return { page, errors }
  }

  /** A draft on the desk, made through the API as the signed-in person. */
  async function newDraft(page: Page, headline: string): Promise<StoryJson> {
    const response = await page.request.post(`${site.url}/api/v1/articles`, {
      headers: { origin: site.url },
      data: {
        headline,
        deskId: desk.id,
        body: [{ type: 'paragraph', content: [{ text: 'The first paragraph, as filed.' }] }],
      },
    })
    expect(response.status()).toBe(201)
    return (await response.json()) as StoryJson
  }

  const storyJson = async (page: Page, id: number) =>
    (await (await page.request.get(`${site.url}/api/v1/articles/${id}`)).json()) as StoryJson

  async function openStory(page: Page, id: number) {
    await page.goto(`${site.url}/admin/stories/${id}`)
    await page.getByRole('textbox', { name: 'Story text' }).waitFor()
  }

  const body = (page: Page) => page.getByRole('textbox', { name: 'Story text' })
  const saveStatus = (page: Page) => page.locator('.save-status')

  it('a reporter writes a bold word and a subheading, and the story is saved as blocks', async () => {
    const { page, errors } = await signedIn(REPORTER)
    const story = await newDraft(page, 'Flood waters recede in the north')
    await openStory(page, story.id)
    await expect.poll(() => body(page).getAttribute('contenteditable')).toBe('true')

    await body(page).click()
    await page.keyboard.press('End')
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Roads are open again, ')
    await page.keyboard.press('Control+B')
    await page.keyboard.type('officials said')
    await page.keyboard.press('Control+B')
    await page.keyboard.type('.')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Heading', exact: true }).click()
    await page.keyboard.type('What comes next')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Quote', exact: true }).click()
    await page.keyboard.type('We will rebuild the bridge first.')
    await page.getByLabel('Quote by').fill('Rina Das, district engineer')
    await expect.poll(() => saveStatus(page).textContent()).toMatch(/^(Unsaved changes|Saving…)$/)
    await expect.poll(() => saveStatus(page).textContent(), { timeout: 10_000 }).toMatch(/^Saved \d/)

    const saved = await storyJson(page, story.id)
    expect(saved.version).toBeGreaterThan(story.version)
    const [first, paragraph, heading, ...rest] = saved.body
    expect(first).toEqual({ type: 'paragraph', content: [{ text: 'The first paragraph, as filed.' }] })
    expect(paragraph?.type).toBe('paragraph')
    expect(paragraph?.content?.map((s) => s.text).join('')).toBe('Roads are open again, officials said.')
    expect(paragraph?.content?.find((s) => s.bold)?.text.trim()).toBe('officials said')
    expect(heading).toEqual({ type: 'heading', level: 2, content: [{ text: 'What comes next' }] })
    expect(rest).toEqual([
      {
        type: 'quote',
        paragraphs: [[{ text: 'We will rebuild the bridge first.' }]],
        attribution: 'Rina Das, district engineer',
      },
    ])
    expect(errors).toEqual([])
  })

  it('a second editor sees who edits, takes over, and the first one’s unsaved text is kept', async () => {
    const a = await signedIn(EDITOR_A)
    const b = await signedIn(EDITOR_B)
    const story = await newDraft(a.page, 'Ferry services resume after storm')

    await openStory(a.page, story.id)
    await expect.poll(() => body(a.page).getAttribute('contenteditable')).toBe('true')
    await openStory(b.page, story.id)
    await expect
      .poll(() => b.page.getByRole('status').filter({ hasText: 'is editing' }).textContent())
      .toContain(`${EDITOR_A.name} is editing`)
    expect(await body(b.page).getAttribute('contenteditable')).toBe('false')
    expect(await b.page.getByLabel('Headline').getAttribute('readonly')).not.toBeNull()

    // A types; before the autosave, B takes over.
    await body(a.page).click()
    await a.page.keyboard.press('Control+End')
    await a.page.keyboard.type(' Words Mina never saved.')
    await b.page.getByRole('button', { name: 'Take over' }).click()

    await expect
      .poll(() => a.page.getByRole('alert').textContent(), { timeout: 10_000 })
      .toContain(`${EDITOR_B.name} took over the story. Your unsaved text was kept as a revision.`)
    expect(await body(a.page).getAttribute('contenteditable')).toBe('false')

    await expect.poll(() => body(b.page).getAttribute('contenteditable')).toBe('true')
    await body(b.page).click()
    await b.page.keyboard.press('Control+End')
    await b.page.keyboard.type(' Omar adds a line.')
    await b.page.keyboard.press('Control+S')
    await expect.poll(() => saveStatus(b.page).textContent(), { timeout: 10_000 }).toMatch(/^Saved \d/)

    const revisions = (await (
      await b.page.request.get(`${site.url}/api/v1/articles/${story.id}/revisions`)
    ).json()) as { items: { number: number; note: string }[] }
    const kept = revisions.items.find((r) => r.note.startsWith('unsaved:'))
    expect(kept?.note).toBe('unsaved: taken over')
    const keptText = await (
      await b.page.request.get(`${site.url}/api/v1/articles/${story.id}/revisions/${kept!.number}`)
    ).text()
    expect(keptText).toContain('Words Mina never saved.')
    const saved = await storyJson(b.page, story.id)
    expect(JSON.stringify(saved.body)).toContain('Omar adds a line.')

    // A, reading now, follows B's save.
    await expect.poll(() => body(a.page).textContent(), { timeout: 10_000 }).toContain('Omar adds a line.')
    expect([...a.errors, ...b.errors]).toEqual([])
  })

  it('a save refused as stale merges changes to different fields, and shows both texts when the same one changed', async () => {
    const a = await signedIn(EDITOR_A)
    const b = await signedIn(EDITOR_B)
    const story = await newDraft(a.page, 'Port strike enters second day')
    await openStory(a.page, story.id)
    await expect.poll(() => body(a.page).getAttribute('contenteditable')).toBe('true')
    const patchAsB = async (version: number, data: object) => {
      const res = await b.page.request.patch(`${site.url}/api/v1/articles/${story.id}`, {
        headers: { origin: site.url, 'if-match': `"v${version}"` },
        data,
      })
      expect(res.status()).toBe(200)
      return (await res.json()) as StoryJson
    }

    // Someone changes the headline through the API meanwhile (no editor open), while A writes in the text: the
    // two changes touch different fields, so both go in without asking.
    const renamed = await patchAsB(story.version, { headline: 'Port strike enters its second day' })
    await body(a.page).click()
    await a.page.keyboard.press('Control+End')
    await a.page.keyboard.type(' Mina’s new sentence.')
    await expect.poll(() => saveStatus(a.page).textContent(), { timeout: 10_000 }).toMatch(/^Saved \d/)
    let saved = await storyJson(a.page, story.id)
    expect(saved.headline).toBe('Port strike enters its second day')
    expect(JSON.stringify(saved.body)).toContain('Mina’s new sentence.')
    expect(await a.page.getByLabel('Headline').inputValue()).toBe('Port strike enters its second day')
    expect(await a.page.getByRole('region', { name: /Someone else saved/ }).count()).toBe(0)
    expect(saved.version).toBeGreaterThan(renamed.version)

    // Now both change the text itself: A's text is kept as a revision and both are shown side by side.
    await patchAsB(saved.version, {
      body: [{ type: 'paragraph', content: [{ text: 'Omar rewrote the first paragraph.' }] }],
    })
    await a.page.keyboard.type(' And one more.')
    const conflict = a.page.getByRole('region', { name: /Someone else saved/ })
    await conflict.waitFor({ timeout: 10_000 })
    await expect(conflict.textContent()).resolves.toContain('Omar rewrote the first paragraph.')
    await expect(conflict.textContent()).resolves.toContain('And one more.')
    const notes = (
      (await (await a.page.request.get(`${site.url}/api/v1/articles/${story.id}/revisions`)).json()) as {
        items: { note: string }[]
      }
    ).items.map((r) => r.note)
    expect(notes).toContain(`unsaved: conflict: ${EDITOR_A.name}'s text`)

    await conflict.getByRole('button', { name: 'Use mine' }).click()
    await expect.poll(() => saveStatus(a.page).textContent(), { timeout: 10_000 }).toMatch(/^Saved \d/)
    saved = await storyJson(a.page, story.id)
    expect(JSON.stringify(saved.body)).toContain('And one more.')
    expect(JSON.stringify(saved.body)).not.toContain('Omar rewrote')
    // Only what A changed went in: the headline B gave stays.
    expect(saved.headline).toBe('Port strike enters its second day')
    // Chromium logs the refused saves themselves; the app expects them.
    expect([...a.errors, ...b.errors].filter((e) => !/status of 409/.test(e))).toEqual([])
  })

  /** Pastes `html` (and its plain text) into the story text as a browser's clipboard would hand it over. */
  async function paste(page: Page, html: string) {
    await body(page).click()
    await page.keyboard.press('ControlOrMeta+a')
    const plain = html.replace(/<[^>]*>/g, '')
    await body(page).evaluate(
      (el, [markup, text]) => {
        const data = new DataTransfer()
        data.setData('text/html', markup)
        data.setData('text/plain', text)
        el.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        )
      },
      [html, plain] as const,
    )
    await expect.poll(() => saveStatus(page).textContent(), { timeout: 10_000 }).toMatch(/^Saved \d/)
  }

  it('pasting from Word, Google Docs or a web page gives clean blocks, and nothing of the rest', async () => {
    const { page, errors } = await signedIn(EDITOR_A)
    const story = await newDraft(page, 'Pasted copy')
    await openStory(page, story.id)
    await expect.poll(() => body(page).getAttribute('contenteditable')).toBe('true')

    // Word: Mso classes, inline styles, <o:p>, conditional comments, a heading styled as Heading 2.
    await paste(
      page,
      [
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>',
        '<h2 style="mso-style-name:Heading2"><span style="font-family:Calibri">Harvest begins early</span></h2>',
        '<p class="MsoNormal" style="margin-bottom:8pt"><b><span style="font-size:12pt">Farmers</span></b>',
        '<span style="font-size:12pt"> in the delta started cutting rice a week early.<o:p></o:p></span></p>',
        '<!--[if !supportLists]--><p class="MsoListParagraph"><i>Yields</i> look good.<o:p></o:p></p>',
        '</body></html>',
      ].join(''),
    )
    let saved = await storyJson(page, story.id)
    expect(saved.body).toEqual([
      { type: 'heading', level: 2, content: [{ text: 'Harvest begins early' }] },
      {
        type: 'paragraph',
        content: [
          { text: 'Farmers', bold: true },
          { text: ' in the delta started cutting rice a week early.' },
        ],
      },
      { type: 'paragraph', content: [{ text: 'Yields', italic: true }, { text: ' look good.' }] },
    ])

    // Google Docs: everything inside <b style="font-weight:normal">, bold and italic as span styles.
    await paste(
      page,
      [
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5a1b">',
        '<p dir="ltr" style="line-height:1.38"><span style="font-weight:700">Ferries</span>',
        '<span style="font-weight:400"> run again; </span><span style="font-style:italic">slowly</span></p>',
        '<ul><li dir="ltr"><p dir="ltr"><span>Two boats a day</span></p></li>',
        '<li dir="ltr"><p dir="ltr"><span>Night trips later</span></p></li></ul>',
        '<h3 dir="ltr"><span>Fares</span></h3></b>',
      ].join(''),
    )
    saved = await storyJson(page, story.id)
    expect(saved.body).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'Ferries', bold: true },
          { text: ' run again; ' },
          { text: 'slowly', italic: true },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [[{ text: 'Two boats a day' }], [{ text: 'Night trips later' }]],
      },
      { type: 'heading', level: 3, content: [{ text: 'Fares' }] },
    ])

    // A web page: script, handlers, a javascript: link, pictures without an asset, a table, an h1.
    await paste(
      page,
      [
        '<div class="article"><h1>Market report</h1><script>window.pasted = true</script>',
        '<p onclick="window.pasted = true">Prices <a href="https://example.com/prices" onmouseover="x()">rose</a>',
        ' and <a href="javascript:window.pasted=true">fell</a>.<img src="https://example.com/a.jpg" onerror="window.pasted=true"></p>',
        '<table><tr><td>Rice</td><td>52</td></tr></table>',
        '<blockquote><p>Demand is strong.</p></blockquote></div>',
      ].join(''),
    )
    saved = await storyJson(page, story.id)
    expect(saved.body).toEqual([
      { type: 'paragraph', content: [{ text: 'Market report' }] },
      {
        type: 'paragraph',
        content: [
          { text: 'Prices ' },
          { text: 'rose', href: 'https://example.com/prices' },
          { text: ' and fell.' },
        ],
      },
      { type: 'paragraph', content: [{ text: 'Rice52' }] },
      { type: 'quote', paragraphs: [[{ text: 'Demand is strong.' }]], attribution: '' },
    ])
    expect(await page.evaluate(() => (window as { pasted?: boolean }).pasted)).toBeUndefined()
    expect(await body(page).locator('img, script, table').count()).toBe(0)
    // Reading the pasted markup (before it is cleaned) makes Chromium report each inline style and handler that the
    // page's CSP refuses: the policy doing its work on foreign HTML, not an error of the app.
    const refusedByPolicy =
      /violates the following Content Security Policy directive '(style|script)-src 'self''/
    expect(errors.filter((e) => !refusedByPolicy.test(e))).toEqual([])
  })

  it('has no axe-core violations', async () => {
    const { page, errors } = await signedIn(REPORTER)
    const story = await newDraft(page, 'A story to check for accessibility')
    await openStory(page, story.id)
    await expect.poll(() => body(page).getAttribute('contenteditable')).toBe('true')
    if (process.env.EDITOR_SCREENSHOT) await page.screenshot({ path: process.env.EDITOR_SCREENSHOT })
    expect(await axeViolations(page), 'axe-core on the story editor').toEqual([])
    expect(errors).toEqual([])
  })
})
