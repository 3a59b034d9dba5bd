import { ApiError } from '../api/client.ts'

/**
 * The API's messages about named fields (422), by field: "is not a JPEG, PNG … image" for `file`. They read after
 * the field's name ("The file is not …"), so each is shown next to the field it names.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!(error instanceof ApiError)) return out
  for (const f of error.fields) {
    const name = f.path.split('.')[0] ?? f.path
    out[name] = out[name] ? `${out[name]}; ${f.message}` : f.message
  }
  return out
}
