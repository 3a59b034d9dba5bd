/** A failed API call: the problem document's status, stable `code`, message and the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** What the whole app must react to, whichever screen made the call. */
export type AuthEvent = 'signed-out' | 'password-change-required'

const authListeners = new Set<(event: AuthEvent) => void>()

export function onAuthEvent(listener: (event: AuthEvent) => void): () => void {
  authListeners.add(listener)
  return () => authListeners.delete(listener)
}

/** Tells the app of an auth event seen outside `apiCall` (an upload sent with XMLHttpRequest for its progress). */
export function announceAuth(event: AuthEvent): void {
  authListeners.forEach((l) => l(event))
}

type Query = Record<string, string | number | undefined>

function queryString(query: Query | undefined): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

interface Problem {
  code?: string
  title?: string
  detail?: string
  errors?: { path: string; message: string }[]
}

/**
 * One call to /api/v1 with the session cookie. Same-origin fetch sends the Origin header that the API asks of
 * cookie-authenticated writes. `quiet` keeps a 401 from signing the whole app out (the session check itself).
 */
export async function apiCall<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  options: {
    query?: Query
    body?: unknown
    quiet?: boolean
    headers?: Record<string, string>
    /** Let the request finish after the page is gone (leaving a story). */
    keepalive?: boolean
  } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers }
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(`/api/v1${path}${queryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.keepalive ? { keepalive: true } : {}),
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    })
  } catch {
    throw new ApiError(0, 'network_error', 'The server cannot be reached: check the connection and try again')
  }
  if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T
  const problem = ((await response.json().catch(() => null)) ?? {}) as Problem
  const error = new ApiError(
    response.status,
    problem.code ?? 'http_error',
    problem.detail ?? problem.title ?? `The server answered ${response.status}`,
    problem.errors ?? [],
  )
  if (!options.quiet) {
    if (response.status === 401) announceAuth('signed-out')
    if (error.code === 'password_change_required') announceAuth('password-change-required')
  }
  throw error
}

/** The message to show for any failure, API or not. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong'
}
