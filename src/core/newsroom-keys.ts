import type { ContentChange } from './ports.ts'
import { seesAllDesks, type Actor } from './roles.ts'

/**
 * Keys of what the newsroom's screens show, beside the reader site's cache keys: a desk's stories, a desk's wire
 * queue, one story. They travel with a change (and through the change log to other app nodes) so open dashboards
 * can refresh; no reader page carries them, so they drop nothing from the render cache, and they are not sent to the
 * CDN.
 */
export const newsroomKeys = {
  desk: (id: number) => `newsroom:desk:${id}`,
  ingest: (deskId: number) => `newsroom:ingest:${deskId}`,
  article: (id: number) => `newsroom:article:${id}`,
  /** Desks, stages, sections and site settings: what every newsroom screen reads once and shares. */
  catalog: 'newsroom:catalog',
  /** The front page's pinned slots. */
  front: 'newsroom:front',
}

export const isNewsroomKey = (key: string) => key.startsWith('newsroom:')

/** The newsroom keys of stories (their own, and their desks'), before and after a change. */
export function storyNewsroomKeys(...stories: ({ id: number; deskId: number | null } | null)[]): string[] {
  const keys = new Set<string>()
  for (const s of stories) {
    if (!s) continue
    keys.add(newsroomKeys.article(s.id))
    if (s.deskId !== null) keys.add(newsroomKeys.desk(s.deskId))
  }
  return [...keys]
}

/** A change with newsroom keys added (or one made of them alone, named by `reason`, when there was none). */
export function withNewsroomKeys(
  change: ContentChange | null,
  keys: readonly string[],
  reason: string,
): ContentChange | null {
  if (keys.length === 0) return change
  if (!change) return { keys: [...new Set(keys)], reason }
  return { ...change, keys: [...new Set([...change.keys, ...keys])] }
}

/**
 * The newsroom keys of a change that an actor may hear of, without their `newsroom:` prefix (`desk:3`, `ingest:3`,
 * `article:12`, `catalog`, `front`): desks and queues of their own desks (every desk for a chief or admin), the
 * stories of a change that touched one of those desks, and the shared catalog and front page, which every account may
 * read anyway. Nothing about another desk's unpublished work leaks, not even its ids.
 */
export function visibleNewsroomKeys(actor: Actor, keys: readonly string[]): string[] {
  const maySee = (deskId: number) => seesAllDesks(actor) || actor.deskIds.includes(deskId)
  const desks: string[] = []
  const articles: string[] = []
  const shared = keys.filter((k) => k === newsroomKeys.catalog || k === newsroomKeys.front)
  for (const key of keys) {
    const m = /^newsroom:(desk|ingest|article):(\d+)$/.exec(key)
    if (!m) continue
    const [, kind, id] = m
    if (kind === 'article') articles.push(`article:${id}`)
    else if (maySee(Number(id))) desks.push(`${kind}:${id}`)
  }
  const touchesOwnDesk = desks.some((k) => k.startsWith('desk:'))
  return [
    ...new Set([
      ...shared.map((k) => k.slice('newsroom:'.length)),
      ...desks,
      ...(touchesOwnDesk ? articles : []),
    ]),
  ]
}
