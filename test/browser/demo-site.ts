import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openAppContext, startSite, type RunningSite } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import { seedDemo } from '../../src/demo/seed-demo.ts'
import type { ServiceDeps } from '../../src/services/service-deps.ts'
import { demoTemplateDir } from './demo-template-dir.ts'

/** The reader pages worth checking in a browser, by kind. */
export type PageKind = 'front' | 'section' | 'article' | 'search' | 'tag' | 'author' | 'archive'

export interface DemoSite {
  /** Where the site listens, e.g. `http://127.0.0.1:41234`, without a trailing slash. */
  url: string
  /** A path for each kind of page; the story is the demo's richest (quote, subheading, inline figure, link). */
  pages: Record<PageKind, string>
  /** The running app's services: for tests that add accounts or wire items as the newsroom would. */
  deps: ServiceDeps
  close(): Promise<void>
}

const quiet = { info() {}, warn() {}, error: (m: string) => console.error(m) }

/** The story for the article page: two bylines, a source, a quote, a subheading, a list, a figure and a link. */
const STORY = {
  section: '/business',
  slug: 'knitwear-exporters-report-firmer-winter-orders-as-european-buyers-return',
}

/** The seeded demo, made by whichever suite asks first; the others wait for it. */
async function demoTemplate(): Promise<string> {
  const ready = demoTemplateDir(process.ppid)
  const lock = `${ready}.lock`
  if (existsSync(ready)) return ready
  let builder = false
  try {
    mkdirSync(lock)
    builder = true
  } catch {
    // Another suite is seeding it.
  }
  if (builder) {
    const building = `${ready}.building`
    rmSync(building, { recursive: true, force: true })
    const ctx = await openAppContext(loadConfig({ data: building }, { DATABASE_URL: '' }), { logger: quiet })
    try {
      await seedDemo(ctx.deps)
    } finally {
      await ctx.close()
    }
    renameSync(building, ready)
    return ready
  }
  for (let waited = 0; !existsSync(ready); waited += 250) {
    if (waited > 180_000) throw new Error(`No demo template at ${ready} after three minutes`)
    await new Promise((r) => setTimeout(r, 250))
  }
  return ready
}

/** The demo newspaper (pictures, seven sections, tags, bylines) in a temporary folder, on a real socket. */
export async function startDemoSite(): Promise<DemoSite> {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-browser-'))
  cpSync(await demoTemplate(), dir, { recursive: true })
  const config = loadConfig({ data: dir, port: 0, host: '127.0.0.1' }, { DATABASE_URL: '' })
  const ctx = await openAppContext(config, { logger: quiet })
  let site: RunningSite | undefined
  const close = async () => {
    await site?.close()
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    site = await startSite(ctx)
    const url = site.url.replace(/\/$/, '')
    // Canonical links and social cards name the address the browser uses. Nothing is rendered yet, so no page holds
    // the old setting.
    await ctx.deps.store.settings.set('siteUrl', url)
    const section = await (await fetch(url + STORY.section)).text()
    const article = new RegExp(`href="(${STORY.section}/\\d+/${STORY.slug})"`).exec(section)?.[1]
    if (!article) throw new Error(`The demo's ${STORY.section} page does not link to ${STORY.slug}`)
    // The archive of the month of the section's newest story (in the paper's zone), so it is never empty.
    const month = /<p class="meta"><time datetime="(\d{4})-(\d{2})/.exec(section)
    if (!month) throw new Error(`The demo's ${STORY.section} page shows no dated story`)
    return {
      url,
      pages: {
        front: '/',
        section: '/world',
        article,
        search: '/search?q=dhaka',
        tag: '/tag/dhaka',
        author: '/author/ayesha-siddika-nipa',
        archive: `/archive/${month[1]}/${month[2]}`,
      },
      deps: ctx.deps,
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}
