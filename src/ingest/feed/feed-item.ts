import type { SourceAttribution } from '../../core/article.ts'
import type { MediaRef, WireBlock } from '../../core/normalized-item.ts'

/** What a feed says about itself that each of its items inherits. */
export interface FeedInfo {
  /** The channel or feed title: the attribution readers see, and the provider. */
  title: string
  /** The feed's web page, absolute: the base for relative links when nothing closer gives one. */
  link: string | undefined
  language: string
  copyright: string
}

/**
 * "Source: BBC News - World", linking to the original story (else the feed's page). A feed is syndication: the
 * publisher offers its stories for reuse, it is not a wire agency; a routing rule can say otherwise.
 */
export function feedSource(feed: FeedInfo, itemLink: string): SourceAttribution | null {
  if (!feed.title) return null
  const url = [itemLink, feed.link].find((u) => u && /^https?:\/\/[^/\s]/i.test(u))
  return url ? { name: feed.title, kind: 'syndication', url } : { name: feed.title, kind: 'syndication' }
}

/** The body without figures of the lead picture, so it is not shown twice. */
export function withoutLeadImage(body: WireBlock[], lead: MediaRef | null): WireBlock[] {
  return lead ? body.filter((b) => b.type !== 'figure-ref' || b.image.href !== lead.href) : body
}

/** Keywords as given, trimmed, without repeats. */
export function uniqueKeywords(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.replace(/\s+/g, ' ').trim()).filter(Boolean))]
}
