import type { ZodType } from 'zod'
import { ValidationError } from '../core/errors.ts'

/** Validates one part of a request with its schema; every issue is named by its path, prefixed with the part. */
export function parseInput<T>(
  schema: ZodType<T> | undefined,
  value: unknown,
  part: 'params' | 'query' | 'body',
): T {
  if (!schema) return undefined as T
  const result = schema.safeParse(value ?? (part === 'body' ? undefined : {}))
  if (result.success) return result.data
  const issues = result.error.issues.flatMap((issue) => {
    const base = issue.path.map(String)
    // An unknown field is named by its own path, so the client sees which one to remove.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...base, k]) : [base]
    return keys.map((path) => ({
      path: (part === 'body' ? path : [part, ...path]).join('.') || part,
      message: issue.code === 'unrecognized_keys' ? 'is not a known field' : issue.message,
    }))
  })
  throw new ValidationError(`Invalid ${part === 'body' ? 'request body' : part}`, issues)
}
