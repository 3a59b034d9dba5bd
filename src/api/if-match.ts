import { PreconditionRequiredError, ValidationError } from '../core/errors.ts'

/** The story version an ETag names: `"v7"` (also accepted: `W/"v7"`, `"7"`, `7`). */
export const versionEtag = (version: number) => `"v${version}"`

export function parseIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') throw new PreconditionRequiredError()
  const match = /^\s*(?:W\/)?"?v?(\d{1,9})"?\s*$/.exec(header)
  if (!match) {
    throw new ValidationError('If-Match must name a version, e.g. "v7"', [
      { path: 'If-Match', message: 'is not a version' },
    ])
  }
  return Number(match[1])
}
