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

export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message, 409)
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
