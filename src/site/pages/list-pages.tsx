import { cacheKeys } from '../../core/cache-keys.ts'
import { mediaTopicLabel } from '../../core/media-topics.ts'
import type { Store } from '../../core/ports.ts'
import { startOfLocalDay } from '../../core/time-format.ts'
import type { RenderedPage } from '../cache/rendered-page.ts'
import { sectionPath } from '../urls.ts'
import { loadContext } from './site-loader.ts'
import { MONTH_NAMES } from '../../core/time-format.ts'
import { renderStoryList } from './story-list-page.tsx'

/** A section's stories. */
export async function renderSectionPage(
  store: Store,
  q: { slug: string; page: number },
  now: Date,
): Promise<RenderedPage | null> {
  const ctx = await loadContext(store, now)
  const section = ctx.sections.find((s) => s.slug === q.slug)
  if (!section) return null
  return renderStoryList(
    store,
    ctx,
    {
      filter: { sectionId: section.id },
      title: section.name,
      description: `The latest ${section.name} stories from ${ctx.settings.siteName}.`,
      path: sectionPath(section),
      listKey: cacheKeys.section(section.id),
      currentSection: section.id,
    },
    q.page,
  )
}

/** The stories with a tag. */
export async function renderTagPage(
  store: Store,
  q: { slug: string; page: number },
  now: Date,
): Promise<RenderedPage | null> {
  const name = await store.articles.indexName('tag', q.slug)
  if (!name) return null
  const ctx = await loadContext(store, now)
  return renderStoryList(
    store,
    ctx,
    {
      filter: { tag: q.slug },
      title: name,
      kind: 'Tag',
      description: `Stories about ${name} from ${ctx.settings.siteName}.`,
      path: `/tag/${encodeURIComponent(q.slug)}`,
      listKey: cacheKeys.tag(q.slug),
    },
    q.page,
  )
}

/** The stories on an IPTC Media Topic. */
export async function renderTopicPage(
  store: Store,
  q: { code: string; page: number },
  now: Date,
): Promise<RenderedPage | null> {
  if (!/^\d{8}$/.test(q.code)) return null
  const ctx = await loadContext(store, now)
  const label = mediaTopicLabel(q.code)
  return renderStoryList(
    store,
    ctx,
    {
      requireStories: true,
      filter: { topic: q.code },
      title: label,
      kind: 'Topic',
      description: `${label}: stories from ${ctx.settings.siteName}.`,
      path: `/topic/${q.code}`,
      listKey: cacheKeys.topic(q.code),
    },
    q.page,
  )
}

/** The stories of a byline: a staff writer, a guest or an agency. */
export async function renderAuthorPage(
  store: Store,
  q: { slug: string; page: number },
  now: Date,
): Promise<RenderedPage | null> {
  const name = await store.articles.indexName('author', q.slug)
  if (!name) return null
  const ctx = await loadContext(store, now)
  return renderStoryList(
    store,
    ctx,
    {
      filter: { author: q.slug },
      title: name,
      kind: 'Byline',
      description: `Stories by ${name} in ${ctx.settings.siteName}.`,
      path: `/author/${encodeURIComponent(q.slug)}`,
      listKey: cacheKeys.author(q.slug),
    },
    q.page,
  )
}

/** The stories first published on a day, or in a month, in the site's zone. */
export async function renderArchivePage(
  store: Store,
  q: { year: number; month: number; day?: number; page: number },
  now: Date,
): Promise<RenderedPage | null> {
  const { year, month, day } = q
  if (month < 1 || month > 12 || year < 1900 || year > 2999) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day !== undefined && (day < 1 || day > daysInMonth)) return null
  const ctx = await loadContext(store, now)
  const zone = ctx.settings.timeZone
  const since = startOfLocalDay(year, month, day ?? 1, zone)
  const until =
    day !== undefined
      ? startOfLocalDay(year, month, day + 1, zone)
      : startOfLocalDay(year, month + 1, 1, zone)
  const mm = String(month).padStart(2, '0')
  const monthPath = `/archive/${year}/${mm}`
  const title =
    day !== undefined ? `${day} ${MONTH_NAMES[month - 1]} ${year}` : `${MONTH_NAMES[month - 1]} ${year}`
  return renderStoryList(
    store,
    ctx,
    {
      filter: { since: since.toISOString(), until: until.toISOString() },
      title,
      kind: 'Archive',
      description: `Stories ${ctx.settings.siteName} published in ${title}.`,
      path: day !== undefined ? `${monthPath}/${String(day).padStart(2, '0')}` : monthPath,
      listKey: cacheKeys.archive(`${year}-${mm}`),
      ...(day !== undefined
        ? { trail: [{ name: `${MONTH_NAMES[month - 1]} ${year}`, path: monthPath }] }
        : {}),
    },
    q.page,
  )
}
