import { ApiError, errorMessage } from '../api/client.ts'

/** A failed save as a form shows it: one message over the form, and what the API said of each field it names. */
export interface FormProblem {
  message: string
  /** By the field's top-level name (`deskIds.2` counts as `deskIds`), the API's message for it. */
  fields: Record<string, string>
}

/**
 * Reads a failed save. A 422 names fields; those the form shows go next to their field, any other goes into the
 * message, so nothing the API said is lost.
 */
export function formProblem(
  error: unknown,
  known: readonly string[],
  /** Which field a path belongs to; by default its first part. */
  fieldOf: (path: string) => string = (path) => path.split('.')[0] ?? '',
  /** Refusals the API names by code (a 409 "name taken"), shown by the field they are about: code → [field, words]. */
  codes: Record<string, [field: string, message?: string]> = {},
): FormProblem {
  const coded = error instanceof ApiError ? codes[error.code] : undefined
  if (coded) return { message: errorMessage(error), fields: { [coded[0]]: coded[1] ?? errorMessage(error) } }
  if (!(error instanceof ApiError) || error.fields.length === 0) {
    return { message: errorMessage(error), fields: {} }
  }
  const fields: Record<string, string> = {}
  const other: string[] = []
  for (const issue of error.fields) {
    const name = fieldOf(issue.path)
    if (known.includes(name)) fields[name] ??= issue.message
    else other.push(`${issue.path || 'request'} ${issue.message}`)
  }
  const shown = Object.keys(fields).length
  const message =
    other.length > 0
      ? `${error.message}: ${other.join('; ')}`
      : shown > 0
        ? `Nothing was saved. Correct the ${shown === 1 ? 'field' : 'fields'} marked below.`
        : error.message
  return { message, fields }
}
