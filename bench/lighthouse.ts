/**
 * `npm run lighthouse`: Lighthouse's four scores for the demo newspaper's front page, a section, a story and a search,
 * as a phone sees them (Lighthouse's default: mobile emulation on a simulated slow 4G link and a slower CPU).
 * Runs Debian's Chromium (`CHROMIUM=…` for another). Scores move a point or two between runs, so each page is
 * measured `LIGHTHOUSE_RUNS` times (default 3) and the median kept. Exits 1 when a score is under `LIGHTHOUSE_MIN`
 * (default 95).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse, { type Result } from 'lighthouse'
import { startDemoSite, type PageKind } from '../test/browser/demo-site.ts'

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3)
const MIN = Number(process.env.LIGHTHOUSE_MIN ?? 95)
const PAGES: PageKind[] = ['front', 'section', 'article', 'search']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

/**
 * Search results say `noindex` on purpose (they are for readers, not for search engines' indexes), which Lighthouse's
 * is-crawlable audit counts against SEO. For these pages the SEO score is taken without that one audit, and the raw
 * score is printed beside it.
 */
const NOINDEX_BY_DESIGN = new Set<PageKind>(['search'])

/** Chromium with its debugging port open for Lighthouse; resolves once it says where it listens. */
function startChromium(profile: string) {
  const child = spawn(CHROMIUM, [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ])
  return new Promise<{ port: number; stop(): void }>((resolve, reject) => {
    let seen = ''
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen)
      if (match) resolve({ port: Number(match[1]), stop: () => child.kill() })
    })
    child.once('error', reject)
    child.once('exit', (code) =>
      reject(new Error(`${CHROMIUM} exited (${code}) before it was ready:\n${seen}`)),
    )
  })
}

/** A category's score (0–100) as Lighthouse weighs it, optionally leaving one audit out. */
function categoryScore(lhr: Result, id: string, without?: string): number {
  const category = lhr.categories[id]
  if (!category) throw new Error(`Lighthouse did not score ${id}`)
  if (!without) return Math.round((category.score ?? 0) * 100)
  let sum = 0
  let weights = 0
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id]
    if (ref.id === without || !audit || audit.score === null) continue
    sum += audit.score * ref.weight
    weights += ref.weight
  }
  return Math.round((sum / weights) * 100)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

interface Row {
  kind: PageKind
  path: string
  scores: number[]
  rawSeo: number
  /** Audits that cost points in some run (with their worst value), so a low score says where to look. */
  weak: string[]
}

async function measure(url: string, kind: PageKind, port: number): Promise<Omit<Row, 'path'>> {
  const runs: number[][] = []
  const rawSeo: number[] = []
  const weak = new Map<string, { score: number; value: string }>()
  for (let run = 0; run < RUNS; run++) {
    const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: [...CATEGORIES] })
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
    const { lhr } = result
    runs.push(
      CATEGORIES.map((id) =>
        categoryScore(lhr, id, id === 'seo' && NOINDEX_BY_DESIGN.has(kind) ? 'is-crawlable' : undefined),
      ),
    )
    rawSeo.push(categoryScore(lhr, 'seo'))
    for (const audit of Object.values(lhr.audits)) {
      if (audit.score === null || audit.score >= 0.9 || audit.scoreDisplayMode === 'informative') continue
      if (audit.score < (weak.get(audit.id)?.score ?? 1))
        weak.set(audit.id, {
          score: audit.score,
          value: audit.displayValue ?? String(Math.round(audit.score * 100)),
        })
    }
  }
  return {
    kind,
    scores: CATEGORIES.map((_, i) => median(runs.map((r) => r[i]!))),
    rawSeo: median(rawSeo),
    weak: [...weak].map(([id, { value }]) => `${id} (${value})`),
  }
}

const profile = mkdtempSync(join(tmpdir(), 'dateline-lighthouse-'))
console.log(`Starting the demo newspaper; ${RUNS} Lighthouse run(s) a page, the median kept…`)
const site = await startDemoSite()
const rows: Row[] = []
try {
  const chromium = await startChromium(profile)
  try {
    for (const kind of PAGES) {
      const path = site.pages[kind]
      rows.push({ path, ...(await measure(site.url + path, kind, chromium.port)) })
    }
  } finally {
    chromium.stop()
  }
} finally {
  await site.close()
  rmSync(profile, { recursive: true, force: true })
}

const cell = (s: number | string) => String(s).padStart(15)
console.log(`\n${'page'.padEnd(9)}${CATEGORIES.map(cell).join('')}  address`)
for (const row of rows) {
  const seo = NOINDEX_BY_DESIGN.has(row.kind) ? `${row.scores[3]} (raw ${row.rawSeo})` : row.scores[3]!
  console.log(`${row.kind.padEnd(9)}${[...row.scores.slice(0, 3), seo].map(cell).join('')}  ${row.path}`)
}
if (rows.some((row) => NOINDEX_BY_DESIGN.has(row.kind)))
  console.log('\nraw: with is-crawlable, which fails on purpose: search results are noindex.')
for (const row of rows.filter((r) => r.weak.length > 0))
  console.log(`\n${row.kind}: audits under 90: ${row.weak.join(', ')}`)
const low = rows.filter((row) => row.scores.some((s) => s < MIN))
if (low.length > 0) {
  console.error(`\nUnder ${MIN}: ${low.map((r) => r.kind).join(', ')}`)
  process.exitCode = 1
}
