import { readFile, realpath, stat } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AppError } from '../core/errors.ts'
import type { ResourceFetcher } from '../core/ports.ts'

export interface FetcherOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number
  timeoutMs?: number
}

/** A path as written, or percent-decoded when it is percent-encoded ("100%.jpg" is a name, not an escape). */
function safeDecode(path: string): string {
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}

export class FetchError extends AppError {
  constructor(href: string, reason: string) {
    super('fetch_failed', `Cannot fetch ${href}: ${reason}`, 502)
  }
}

/**
 * Fetches what a wire item links to. Remote: http(s) only, with a timeout and a size limit counted while streaming.
 * Local: a path (or file: URL) that must stay inside the document's own folder, so a wire file cannot make Dateline
 * read arbitrary files of the machine.
 */
export function resourceFetcher(options: FetcherOptions = {}): ResourceFetcher {
  const maxBytes = options.maxBytes ?? 40 * 1024 * 1024
  const timeoutMs = options.timeoutMs ?? 20_000

  async function fetchRemote(href: string) {
    let response: Response
    try {
      response = await fetch(href, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' })
    } catch (error) {
      const e = error as Error & { cause?: { code?: string; message?: string } }
      const reason =
        e.name === 'TimeoutError' ? 'timed out' : (e.cause?.code ?? e.cause?.message ?? e.message)
      throw new FetchError(href, reason)
    }
    if (!response.ok) throw new FetchError(href, `HTTP ${response.status}`)
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (declared > maxBytes) throw new FetchError(href, `larger than ${maxBytes} bytes`)
    const chunks: Uint8Array[] = []
    let total = 0
    const reader = response.body?.getReader()
    try {
      for (;;) {
        const { done, value: chunk } = reader ? await reader.read() : { done: true, value: undefined }
        if (done || !chunk) break
        total += chunk.byteLength
        if (total > maxBytes) {
          await reader?.cancel()
          throw new FetchError(href, `larger than ${maxBytes} bytes`)
        }
        chunks.push(chunk)
      }
    } catch (error) {
      if (error instanceof FetchError) throw error
      // The timeout also covers a server that stalls in the middle of the body.
      throw new FetchError(
        href,
        (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message,
      )
    }
    return {
      bytes: Buffer.concat(chunks),
      mimeType: response.headers.get('content-type')?.split(';')[0] ?? undefined,
    }
  }

  async function fetchLocal(href: string, baseDir: string | undefined) {
    if (!baseDir) throw new FetchError(href, 'a local path needs the folder of the document it came from')
    const target = href.startsWith('file:') ? fileURLToPath(href) : resolve(baseDir, safeDecode(href))
    let real: string
    let base: string
    try {
      ;[real, base] = await Promise.all([realpath(target), realpath(baseDir)])
    } catch {
      throw new FetchError(href, 'no such file')
    }
    if (!real.startsWith(base + sep)) throw new FetchError(href, "outside the document's folder")
    const info = await stat(real)
    if (!info.isFile()) throw new FetchError(href, 'not a file')
    if (info.size > maxBytes) throw new FetchError(href, `larger than ${maxBytes} bytes`)
    return { bytes: await readFile(real), mimeType: undefined }
  }

  return {
    async fetch(href, { baseDir }) {
      if (/^https?:\/\//i.test(href)) return fetchRemote(href)
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('file:')) {
        throw new FetchError(href, 'only http(s) URLs and local paths are fetched')
      }
      return fetchLocal(href, baseDir)
    },
  }
}
