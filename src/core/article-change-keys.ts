import type { Article } from './article.ts'
import { cacheKeys } from './cache-keys.ts'
import { slugify } from './slug.ts'
import { wallTime } from './time-format.ts'

export type Listed = Pick<
  Article,
  'id' | 'status' | 'sectionId' | 'tags' | 'topics' | 'contributors' | 'firstPublishedAt'
>

/** The lists a published story appears in: the front page, its section, tags, topics, bylines and month. */
export function listKeys(story: Listed, zone: string): string[] {
  if (story.status !== 'published') return []
  const keys: string[] = [cacheKeys.front]
  if (story.sectionId !== null) keys.push(cacheKeys.section(story.sectionId))
  for (const tag of story.tags) keys.push(cacheKeys.tag(slugify(tag)))
  for (const code of story.topics) keys.push(cacheKeys.topic(code))
  for (const c of story.contributors) keys.push(cacheKeys.author(slugify(c.name)))
  if (story.firstPublishedAt) {
    const w = wallTime(story.firstPublishedAt, zone)
    keys.push(cacheKeys.archive(`${w.year}-${String(w.month).padStart(2, '0')}`))
  }
  return keys
}

/**
 * The cache keys a change to one story touches. Always its own key: every page that shows it (lists included)
 * carries it, so a change of text reaches them all. The keys of lists only when the story joins or leaves them
 * (published, withdrawn, moved to another section, tags or bylines changed), since only then do the lists change
 * which stories they show. Nothing else.
 */
export function articleChangeKeys(before: Listed | null, after: Listed | null, zone: string): string[] {
  const keys = new Set<string>()
  for (const state of [before, after]) if (state) keys.add(cacheKeys.article(state.id))
  const was = before ? listKeys(before, zone) : []
  const is = after ? listKeys(after, zone) : []
  const same = was.length === is.length && was.every((k, i) => k === is[i])
  if (!same) for (const key of [...was, ...is]) keys.add(key)
  return [...keys]
}
