import type { Source, SourceFormat } from './manage-api.ts'

/** Seconds as a person says them: `45 s`, `5 min`, `2 h`, `90 min`. */
export function intervalText(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`
  if (seconds % 60 === 0) return `${seconds / 60} min`
  return `${seconds} s`
}

/** An interval as the API reads it back: `5m` rather than `300`, so the field reads as it was typed. */
export function intervalInput(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`
  if (seconds % 60 === 0) return `${seconds / 60}m`
  return `${seconds}s`
}

export const FORMAT_LABELS: Record<SourceFormat, string> = {
  auto: 'Recognised by content',
  ninjs: 'ninjs (JSON)',
  newsml: 'NewsML-G2',
  nitf: 'NITF',
  rss: 'RSS',
  atom: 'Atom',
}

/** How documents reach Dateline from a source. */
export function deliveryText(source: Source): string {
  if (source.kind === 'url') return `Polled every ${intervalText(source.intervalSeconds)}`
  if (source.kind === 'dir') return `Folder read every ${intervalText(source.intervalSeconds)}`
  return 'Pushed by the agency'
}

/** Where an agency pushes documents for this source (with its token); every source may also be pushed to. */
export function pushAddress(name: string): string {
  return `${window.location.origin}/api/v1/ingest/push/${encodeURIComponent(name)}`
}
