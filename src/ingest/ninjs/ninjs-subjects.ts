import type { WireSubject } from '../../core/normalized-item.ts'
import { mediaTopicCode } from '../subjects/media-topic-code.ts'
import type { NinjsItem } from './ninjs-schema.ts'

/**
 * Subjects with their name (or literal, or uri) and uri; a Media Topic (by uri, or a `medtop:` QCode in uri or
 * literal) also carries its eight-digit code. Repeats of the same uri are dropped.
 */
export function subjectsOf(item: NinjsItem): WireSubject[] {
  const out: WireSubject[] = []
  const seen = new Set<string>()
  for (const subject of item.subjects ?? []) {
    const uri = subject.uri?.trim() || undefined
    const literal = subject.literal?.trim() || undefined
    const name = subject.name?.trim() || literal || uri
    if (!name) continue
    const key = uri ?? `name:${name}`
    if (seen.has(key)) continue
    seen.add(key)
    const mediaTopic = mediaTopicCode(uri) ?? mediaTopicCode(literal)
    out.push({ name, ...(uri ? { uri } : {}), ...(mediaTopic ? { mediaTopic } : {}) })
  }
  return out
}

/** Keywords as given, trimmed, without repeats. Genres are not keywords: they say what kind of story it is. */
export function keywordsOf(item: NinjsItem): string[] {
  return [...new Set((item.keywords ?? []).map((k) => k.trim()).filter(Boolean))]
}
