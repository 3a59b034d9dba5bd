import type { Source } from '../../core/wire-desk.ts'

/** No agency document is this large; a bigger answer is refused while it streams in. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

export type PollResult =
  | { kind: 'unchanged' }
  | { kind: 'document'; bytes: Uint8Array; etag: string | null; lastModified: string | null }

/**
 * One conditional GET of a source's URL: sends what the last answer said (ETag, Last-Modified), so an unchanged feed
 * costs a 304 and nothing else. A timeout, a size limit and any non-2xx answer are errors for the caller's backoff.
 */
export async function pollUrl(
  source: Pick<Source, 'url' | 'state'>,
  options: { fetch?: typeof fetch; timeoutMs?: number; maxBytes?: number } = {},
): Promise<PollResult> {
  const doFetch = options.fetch ?? fetch
  const maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES
  const headers: Record<string, string> = { 'user-agent': 'Dateline-Wire/1', accept: '*/*' }
  if (source.state.etag) headers['if-none-match'] = source.state.etag
  if (source.state.lastModified) headers['if-modified-since'] = source.state.lastModified
  const response = await doFetch(source.url!, {
    headers,
    signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    redirect: 'follow',
  })
  if (response.status === 304) return { kind: 'unchanged' }
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes)
    throw new Error(`larger than ${maxBytes} bytes`)
  const reader = response.body?.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = reader ? await reader.read() : { done: true, value: undefined }
    if (done || !value) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader?.cancel()
      throw new Error(`larger than ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  return {
    kind: 'document',
    bytes: Buffer.concat(chunks),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  }
}
