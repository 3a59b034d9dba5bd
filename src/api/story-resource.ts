import { articlePath } from '../core/article-path.ts'
import { workingCopy, type Article } from '../core/article.ts'
import type { Correction } from '../core/newsroom-records.ts'
import type { ArticleSummary } from '../core/ports.ts'
import type { Section } from '../core/section.ts'

export interface ResourceContext {
  siteUrl: string
  sections: ReadonlyMap<number, Section>
}

function publicUrl(a: ArticleSummary | Article, ctx: ResourceContext): string | null {
  if (a.status !== 'published') return null
  const section = a.sectionId !== null ? (ctx.sections.get(a.sectionId) ?? null) : null
  return `${ctx.siteUrl}${articlePath(a, section)}`
}

function newsroomFields(a: ArticleSummary | Article, ctx: ResourceContext) {
  return {
    id: a.id,
    version: a.version,
    status: a.status,
    state: a.state,
    locked: a.locked,
    stageId: a.stageId,
    embargoedUntil: a.embargoedUntil,
    scheduledAt: a.scheduledAt,
    spikedAt: a.spikedAt,
    createdBy: a.createdBy,
    provenance: a.provenance,
    firstPublishedAt: a.firstPublishedAt,
    updatedAt: a.updatedAt,
    modifiedAt: a.modifiedAt,
    createdAt: a.createdAt,
    url: publicUrl(a, ctx),
  }
}

/** A story as the API shows it: the working copy (pending edits included), and where it stands. */
export function storyResource(article: Article, ctx: ResourceContext, corrections?: Correction[]) {
  return {
    ...workingCopy(article),
    ...newsroomFields(article, ctx),
    hasPendingChanges: article.pending !== null,
    ...(corrections ? { corrections: corrections.map(({ articleId: _a, ...c }) => c) } : {}),
  }
}

/** A story in a list. Its text is what readers see; `hasPendingChanges` says an update is being worked on. */
export function storySummaryResource(summary: ArticleSummary, ctx: ResourceContext) {
  const { hasPending, ...rest } = summary
  return {
    headline: rest.headline,
    summary: rest.summary,
    slug: rest.slug,
    deskId: rest.deskId,
    sectionId: rest.sectionId,
    contributors: rest.contributors,
    source: rest.source,
    leadImage: rest.leadImage,
    dateline: rest.dateline,
    topics: rest.topics,
    tags: rest.tags,
    language: rest.language,
    ...newsroomFields(summary, ctx),
    hasPendingChanges: hasPending,
  }
}
