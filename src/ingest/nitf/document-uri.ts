import { createHash } from 'node:crypto'

/**
 * A uri for a document that names none: a hash of its content, so the same document delivered twice is still
 * stored once. Line endings and surrounding whitespace are ignored (FTP in ASCII mode changes them).
 */
export function documentUri(format: string, content: string): string {
  const normalized = content.replace(/\r\n?/g, '\n').trim()
  const digest = createHash('sha256').update(normalized).digest('hex').slice(0, 32)
  return `urn:dateline:${format}:sha256:${digest}`
}
