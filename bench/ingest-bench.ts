/**
 * Ingest throughput: wire documents of each format received (parsed, routed, stored with every version and the
 * document log) per second, on a fresh SQLite store. Items are generated from templates with invented text.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openAppContext } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'
import { receiveDocument } from '../src/services/wire/receive-document.ts'

const PARAGRAPHS = Array.from(
  { length: 8 },
  (_, i) =>
    `Harbour officials said the new tide gauges, installed along ${i + 3} kilometres of the coast, will report water levels every ten minutes — a change that pilots have asked for since the winter storms. “We can see the surge coming,” one said.`,
)

const ninjs = (n: number) =>
  JSON.stringify({
    uri: `urn:bench:ninjs:${n}`,
    version: '1',
    versionCreated: '2024-05-16T03:00:00Z',
    headlines: [{ value: `Tide gauges report along the coast (${n})` }],
    by: 'Bench Reporter',
    subjects: [{ name: 'environment', uri: 'http://cv.iptc.org/newscodes/mediatopic/06000000' }],
    bodies: [{ contentType: 'text/html', value: PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') }],
  })

const newsml = (n: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:bench:g2:${n}" version="1" standard="NewsML-G2" standardversion="2.29" xml:lang="en"><itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:BENCH"/><versionCreated>2024-05-16T03:00:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta><contentMeta><subject qcode="medtop:06000000"/><headline>Tide gauges report along the coast (${n})</headline><by>Bench Reporter</by></contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body></html></inlineXML></contentSet></newsItem>`

const nitf = (n: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><nitf><head><docdata><doc-id id-string="bench-nitf-${n}"/><date.issue norm="20240516T030000Z"/></docdata></head><body><body.head><hedline><hl1>Tide gauges report along the coast (${n})</hl1></hedline><byline>By Bench Reporter</byline></body.head><body.content>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</body.content></body></nitf>`

const FEED_ITEMS = 20
const rss = (n: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench Wire</title><link>https://bench.example/</link><description>d</description>${Array.from(
    { length: FEED_ITEMS },
    (_, i) =>
      `<item><title>Tide gauges report (${n}-${i})</title><link>https://bench.example/${n}/${i}</link><guid>urn:bench:rss:${n}:${i}</guid><pubDate>Thu, 16 May 2024 09:00:00 +0600</pubDate><content:encoded><![CDATA[${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>`,
  ).join('')}</channel></rss>`

const atom = (n: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>urn:bench:atom</id><title>Bench Wire</title><updated>2024-05-16T03:00:00Z</updated>${Array.from(
    { length: FEED_ITEMS },
    (_, i) =>
      `<entry><id>urn:bench:atom:${n}:${i}</id><title>Tide gauges report (${n}-${i})</title><updated>2024-05-16T03:00:00Z</updated><link href="https://bench.example/${n}/${i}"/><content type="html">${PARAGRAPHS.map((p) => `&lt;p&gt;${p}&lt;/p&gt;`).join('')}</content></entry>`,
  ).join('')}</feed>`

const FORMATS: { name: string; perDocument: number; make: (n: number) => string }[] = [
  { name: 'ninjs', perDocument: 1, make: ninjs },
  { name: 'NewsML-G2', perDocument: 1, make: newsml },
  { name: 'NITF', perDocument: 1, make: nitf },
  { name: 'RSS 2.0', perDocument: FEED_ITEMS, make: rss },
  { name: 'Atom', perDocument: FEED_ITEMS, make: atom },
]

export async function runIngestBench(items = Number(process.env.BENCH_INGEST_ITEMS ?? 2000)) {
  const rows: { format: string; items: number; seconds: number; perSecond: number; parseOnly: number }[] = []
  for (const format of FORMATS) {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-ingest-bench-'))
    const ctx = await openAppContext(loadConfig({ data: dir }, { DATABASE_URL: '' }), {
      logger: { info() {}, warn() {}, error: (m) => console.error(m) },
    })
    const documents = Math.ceil(items / format.perDocument)
    const bytes = Array.from({ length: documents }, (_, n) => new TextEncoder().encode(format.make(n)))
    // Parsing alone, for comparison (and to warm the code up).
    let t = performance.now()
    for (const b of bytes) ctx.deps.parseWire(b, { source: 'bench' })
    const parseOnly = (documents * format.perDocument) / ((performance.now() - t) / 1000)
    t = performance.now()
    for (const b of bytes) {
      const r = await receiveDocument(ctx.deps, { bytes: b, origin: 'bench' })
      if (r.error || r.items.some((i) => i.outcome !== 'new'))
        throw new Error(`${format.name}: ${r.error?.message ?? r.items[0]?.detail}`)
    }
    const seconds = (performance.now() - t) / 1000
    const stored = documents * format.perDocument
    rows.push({ format: format.name, items: stored, seconds, perSecond: stored / seconds, parseOnly })
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return rows
}

if (process.argv[1]?.endsWith('ingest-bench.ts')) {
  for (const r of await runIngestBench()) {
    console.log(
      `${r.format.padEnd(10)} ${r.items} items: ${r.perSecond.toFixed(0)} items/s stored (parse only ${r.parseOnly.toFixed(0)}/s)`,
    )
  }
}
