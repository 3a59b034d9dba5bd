import type { FastifyReply } from 'fastify'
import { AppError, ConflictError, RateLimitedError, ValidationError } from '../core/errors.ts'

/** An RFC 9457 problem document: the one shape of every API error. */
export interface Problem {
  type: string
  title: string
  status: number
  code: string
  detail?: string
  /** For invalid input: each offending field, by its path. */
  errors?: { path: string; message: string }[]
  [extension: string]: unknown
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'Invalid input',
  423: 'Locked',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal error',
}

export function problem(
  status: number,
  code: string,
  detail?: string,
  extra: Record<string, unknown> = {},
): Problem {
  // Extensions first: they may never overwrite the members every problem has.
  return {
    ...extra,
    type: `https://dateline.dev/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    ...(detail ? { detail } : {}),
  }
}

/** Fastify's own errors (bad JSON, body too large, wrong content type) in our shape, with stable codes. */
function fastifyProblem(error: { statusCode?: number; code?: string; message: string }): Problem | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return problem(413, 'body_too_large', 'The request body is larger than allowed')
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return problem(413, 'too_many_parts', 'Send one file and only the known fields')
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(415, 'unsupported_media_type', 'Send JSON (Content-Type: application/json)')
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'invalid_json', 'The request body is empty')
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem(400, 'invalid_request', error.message)
  }
  if (error.statusCode === 400 && /JSON/i.test(error.message))
    return problem(400, 'invalid_json', error.message)
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return problem(error.statusCode, 'invalid_request', error.message)
  }
  return null
}

export function toProblem(error: unknown): Problem {
  if (error instanceof ValidationError) {
    return problem(error.status, error.code, error.message, { errors: [...error.issues] })
  }
  if (error instanceof ConflictError) return problem(error.status, error.code, error.message, error.details)
  if (error instanceof AppError) return problem(error.status, error.code, error.message)
  return (
    fastifyProblem(error as { message: string }) ?? problem(500, 'internal_error', 'Something went wrong')
  )
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  if (p.code === 'rate_limited') reply.header('retry-after', String(p.retryAfter ?? 60))
  return reply.status(p.status).type('application/problem+json').send(p)
}

export function problemFromError(error: unknown): Problem {
  const p = toProblem(error)
  if (error instanceof RateLimitedError) p.retryAfter = error.retryAfterSeconds
  return p
}
