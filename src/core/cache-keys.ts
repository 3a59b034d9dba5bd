/**
 * The names of what a page shows. A page's render returns these keys; an operation names the keys it changed;
 * the render cache drops exactly the pages that share one, and the CDN gets the same keys as Surrogate-Key.
 */
export const cacheKeys = {
  article: (id: number) => `article:${id}`,
  section: (id: number) => `section:${id}`,
  desk: (id: number) => `desk:${id}`,
  asset: (id: number) => `asset:${id}`,
  /** The lists of stories with a tag, a Media Topic, a byline, or first published in a month (site's zone). */
  tag: (slug: string) => `tag:${slug}`,
  topic: (code: string) => `topic:${code}`,
  author: (slug: string) => `author:${slug}`,
  archive: (yearMonth: string) => `archive:${yearMonth}`,
  /** The site-wide list of published stories: the front page, the main feed, the sitemaps and search show it. */
  front: 'front',
  /** The stories editors pinned to the front page's slots: the front page alone shows them. */
  frontSlots: 'front-slots',
  /** The list of sections (navigation on every page). */
  sections: 'sections',
  /** Site settings (name, zone, rights notice): shown everywhere. */
  settings: 'settings',
} as const
