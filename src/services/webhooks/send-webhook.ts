/** The shape of the global fetch, so tests and other runtimes can hand in their own. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>

export interface AttemptOutcome {
  ok: boolean
  /** The receiver's HTTP status, or null when none came (timeout, refused connection …). */
  statusCode: number | null
  error: string | null
}

/**
 * One POST to a receiver. Only a 2xx answer counts; a redirect is not followed (a signed request should not wander to
 * an address nobody configured) and is reported with where it pointed. Never throws: every failure is an outcome.
 */
export async function sendWebhook(request: {
  fetch: FetchFunction
  url: string
  headers: Record<string, string>
  body: string
  timeoutMs: number
}): Promise<AttemptOutcome> {
  try {
    const response = await request.fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    })
    const { status } = response
    if (status >= 200 && status < 300) {
      await response.body?.cancel()
      return { ok: true, statusCode: status, error: null }
    }
    const location = response.headers.get('location')
    const detail = location ? `redirects are not followed (to ${location})` : await firstWords(response)
    return { ok: false, statusCode: status, error: `HTTP ${status}${detail ? `: ${detail}` : ''}` }
  } catch (error) {
    return { ok: false, statusCode: null, error: describeFailure(error, request.timeoutMs) }
  }
}

/** The start of the receiver's answer, for the delivery log; the rest is not read. */
async function firstWords(response: Response): Promise<string> {
  const reader = response.body?.getReader()
  if (!reader) return ''
  try {
    const { value } = await reader.read()
    return new TextDecoder().decode(value).replace(/\s+/g, ' ').trim().slice(0, 200)
  } catch {
    return ''
  } finally {
    await reader.cancel().catch(() => {})
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `No answer within ${timeoutMs / 1000} s`
  }
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? error.cause.message : null
    return cause ? `${error.message}: ${cause}` : error.message
  }
  return String(error)
}
