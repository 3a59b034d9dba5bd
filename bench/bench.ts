/**
 * `npm run bench`: Dateline's reader pages against a bare Node http server sending the same bytes from memory,
 * measured in the same run on the same machine. The server and the baseline each run in their own process; the load
 * generator (autocannon) runs here. Prints throughput, p99 latency and the ratio to the baseline.
 */
import autocannon from 'autocannon'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openAppContext } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'
import { makePendingRenditions } from '../src/services/pending-renditions.ts'
import { generateDatabase } from './generate-database.ts'
import { runIngestBench } from './ingest-bench.ts'

const STORIES = Number(process.env.BENCH_STORIES ?? 5000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const root = fileURLToPath(new URL('..', import.meta.url))

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = ''
    const onData = (chunk: Buffer) => {
      seen += chunk.toString()
      const match = pattern.exec(seen)
      if (match) resolve(match)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (c: Buffer) => (seen += c.toString()))
    child.once('exit', (code) => reject(new Error(`process exited (${code}) before it was ready:\n${seen}`)))
  })
}

/** The raw bytes and headers of an answer, without letting a client decode them. */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }),
      )
    })
      .on('error', reject)
      .end()
  })
}

async function load(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers })
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return { rps: result.requests.average, p99: result.latency.p99, mbps: result.throughput.average / 1e6 }
}

const dir = mkdtempSync(join(tmpdir(), 'dateline-bench-'))
const children: ChildProcess[] = []
try {
  console.log(`Generating a newspaper of ${STORIES} stories…`)
  const ctx = await openAppContext(loadConfig({ data: dir }))
  await generateDatabase(ctx.deps, STORIES)
  // The AVIF renditions, made now so the background job does not compete with the load.
  while ((await makePendingRenditions(ctx.deps, 10)) > 0);
  await ctx.close()

  const server = spawn(
    process.execPath,
    ['bin/dateline.js', '--data', dir, 'serve', '--no-demo', '--port', '0', '--host', '127.0.0.1'],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '' },
    },
  )
  children.push(server)
  const [, base] = await waitForLine(server, /serving the newspaper at (http:\/\/\S+)/)

  const frontHtml = (await rawGet(`${base}/`, {})).body.toString()
  const articlePath = /href="(\/[a-z-]+\/\d+\/[^"]+)"/.exec(frontHtml)![1]!
  const sectionPath = `/${articlePath.split('/')[1]}`
  const t0 = performance.now()
  await rawGet(`${base}/world/999999/none`, {}) // warm the 404 path, not measured
  const cold = await rawGet(`${base}${articlePath}`, { 'accept-encoding': 'br' })
  const coldMs = performance.now() - t0

  const cases: { name: string; path: string; headers: Record<string, string> }[] = [
    { name: 'article page (brotli)', path: articlePath, headers: { 'accept-encoding': 'br, gzip' } },
    { name: 'article page (identity)', path: articlePath, headers: {} },
    { name: 'front page (brotli)', path: '/', headers: { 'accept-encoding': 'br, gzip' } },
    { name: 'section page (brotli)', path: sectionPath, headers: { 'accept-encoding': 'br, gzip' } },
    { name: 'search page (brotli)', path: '/search?q=dhaka', headers: { 'accept-encoding': 'br, gzip' } },
    { name: 'RSS feed (brotli)', path: '/feed.xml', headers: { 'accept-encoding': 'br, gzip' } },
  ]
  const routes: Record<string, { headers: Record<string, string>; body: string }> = {}
  for (const [i, c] of cases.entries()) {
    const answer = await rawGet(`${base}${c.path}`, c.headers)
    if (answer.status !== 200) throw new Error(`${c.path} answered ${answer.status}`)
    const { connection: _c, 'keep-alive': _k, date: _d, ...headers } = answer.headers
    routes[`/case-${i}`] = { headers, body: answer.body.toString('base64') }
  }
  const bare = spawn(process.execPath, ['--import', 'tsx', 'bench/bare-server.ts'], { cwd: root })
  children.push(bare)
  bare.stdin.end(JSON.stringify({ routes }))
  const [, barePort] = await waitForLine(bare, /"port":(\d+)/)

  console.log(
    `\nCold render of an article page (first request, brotli): ${coldMs.toFixed(1)} ms, ${cold.body.length} bytes`,
  )
  console.log(
    `Load: ${CONNECTIONS} connections, ${SECONDS} s per run, autocannon in a separate process from each server\n`,
  )
  console.log('case                      | dateline req/s | bare req/s | ratio | dateline p99 | bare p99')
  console.log('--------------------------|----------------|------------|-------|--------------|---------')
  for (const [i, c] of cases.entries()) {
    await load(`${base}${c.path}`, c.headers) // warm-up round, also fills JIT
    const ours = await load(`${base}${c.path}`, c.headers)
    const theirs = await load(`http://127.0.0.1:${barePort}/case-${i}`, c.headers)
    const ratio = ours.rps / theirs.rps
    console.log(
      `${c.name.padEnd(26)}| ${ours.rps.toFixed(0).padStart(14)} | ${theirs.rps.toFixed(0).padStart(10)} | ${ratio.toFixed(2).padStart(5)} | ${`${ours.p99} ms`.padStart(12)} | ${theirs.p99} ms`,
    )
  }

  // Search past the cache: every request a different query, each finding one story by the number in its headline.
  let n = 0
  const misses = await autocannon({
    url: base!,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'accept-encoding': 'br, gzip' },
    requests: [{ setupRequest: (req) => ({ ...req, path: `/search?q=${(n++ % (STORIES - 100)) + 100}` }) }],
  })
  if (misses.non2xx > 0 || misses.errors > 0) throw new Error(`search misses: ${misses.non2xx} non-2xx`)
  console.log(
    `\nSearch, every query new (full-text query and render, no cache hit): ${misses.requests.average.toFixed(0)} req/s, p99 ${misses.latency.p99} ms, over ${STORIES} stories`,
  )
} finally {
  for (const child of children) child.kill()
  rmSync(dir, { recursive: true, force: true })
}

console.log(
  `\nIngest: wire documents received (parsed, routed, stored with the document log and every version) per second`,
)
console.log('format     | items | stored items/s | parsed only items/s')
console.log('-----------|-------|----------------|--------------------')
for (const r of await runIngestBench()) {
  console.log(
    `${r.format.padEnd(11)}| ${String(r.items).padStart(5)} | ${r.perSecond.toFixed(0).padStart(14)} | ${r.parseOnly.toFixed(0).padStart(19)}`,
  )
}
