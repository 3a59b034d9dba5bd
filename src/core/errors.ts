/**
 * One way to fail. Every error Dateline raises on purpose is an AppError with a stable `code`;
 * the HTTP edge maps them to application/problem+json, the CLI prints them. Never branch on `message`.
 */
export class AppError extends Error {
  readonly code: string
  readonly status: number

  constructor(code: string, message: string, status = 500, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
    this.status = status
  }
}

export interface FieldIssue {
  /** Where the problem is, e.g. `headlines[0].value` or `settings.timeZone`. */
  path: string
  message: string
}

export class ValidationError extends AppError {
  readonly issues: readonly FieldIssue[]

  constructor(message: string, issues: readonly FieldIssue[]) {
    super('validation_failed', message, 422)
    this.issues = issues
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string | number) {
    super('not_found', `${what} not found: ${id}`, 404)
  }
}

/** The request clashes with the story's current state: a stale version, a transition not allowed from here … */
export class ConflictError extends AppError {
  /** What the client needs to recover, e.g. the current version. */
  readonly details: Record<string, unknown>

  constructor(message: string, options: { code?: string; details?: Record<string, unknown> } = {}) {
    super(options.code ?? 'conflict', message, 409)
    this.details = options.details ?? {}
  }
}

/** Signed in, but not allowed to do this. */
export class ForbiddenError extends AppError {
  constructor(message = 'You may not do this', code = 'forbidden') {
    super(code, message, 403)
  }
}

/** Not signed in, or the session or token is not (or no longer) valid. */
export class UnauthorizedError extends AppError {
  constructor(message = 'Sign in first') {
    super('unauthenticated', message, 401)
  }
}

/** A write that names no version to build on (`If-Match`), so it could overwrite someone else's edit. */
export class PreconditionRequiredError extends AppError {
  constructor(message = 'Send the version you edited in an If-Match header') {
    super('precondition_required', message, 428)
  }
}

export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number

  constructor(message: string, retryAfterSeconds: number) {
    super('rate_limited', message, 429)
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/** A document from outside (a wire file, a feed) that cannot be read; names the file, and the field or line. */
export class ParseError extends AppError {
  readonly source: string
  readonly field: string | undefined
  readonly line: number | undefined

  constructor(opts: { source: string; message: string; field?: string; line?: number; cause?: unknown }) {
    const where = [opts.field && `field ${opts.field}`, opts.line !== undefined && `line ${opts.line}`]
      .filter(Boolean)
      .join(', ')
    super('parse_failed', `${opts.source}: ${opts.message}${where ? ` (${where})` : ''}`, 422, {
      cause: opts.cause,
    })
    this.source = opts.source
    this.field = opts.field
    this.line = opts.line
  }
}
