/** Small codecs between column values and domain values, shared by the repositories. */

export const json = (value: unknown): string => JSON.stringify(value)

export function parseJson<T>(text: string): T
export function parseJson<T>(text: string | null): T | null
export function parseJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T)
}

/** Every instant is written as `YYYY-MM-DDTHH:mm:ss.sssZ`, so SQLite's text compares in time order. */
export function utc(instant: string): string
export function utc(instant: string | null): string | null
export function utc(instant: string | null): string | null {
  if (instant === null) return null
  const d = new Date(instant)
  if (Number.isNaN(d.getTime())) throw new RangeError(`Invalid instant: ${instant}`)
  return d.toISOString()
}

/** A LIKE pattern matching `text` anywhere, lowercased, with LIKE's own wildcards escaped (use `escape '\\'`). */
export const containsPattern = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
