import { articleContentSchema, workingCopy } from '../core/article.ts'
import { changedContentFields } from '../core/content-diff.ts'
import { ValidationError } from '../core/errors.ts'
import type { NewAuditEntry } from '../core/newsroom-records.ts'
import { isNewerVersion, type MediaRef, type NormalizedItem } from '../core/normalized-item.ts'
import type { NewArticle } from '../core/ports.ts'
import { wireMediaRefs, wireToArticleContent } from '../core/wire-to-article.ts'
import { commitChange } from './commit-change.ts'
import { ensureDesk } from './desk-service.ts'
import { importImage } from './media-service.ts'
import type { ServiceDeps } from './service-deps.ts'
import { publicationEffects } from './newsroom/publication-effects.ts'
import { firstStage } from './newsroom/story-references.ts'
import { loadSettings } from './settings-service.ts'

export interface IngestInput {
  item: NormalizedItem
  /** The document as received, kept next to its normalized form. */
  raw: string
  /** The document's folder, against which relative picture paths resolve. */
  baseDir?: string
  desk?: string
  publish?: boolean
}

export type IngestAction = 'created' | 'updated' | 'unchanged' | 'withdrawn'

export interface IngestResult {
  action: IngestAction
  articleId: number | null
  published: boolean
  warnings: string[]
}

/**
 * Fetches and stores the item's pictures; one that cannot be had becomes a warning, not a failure. This happens before
 * the story's transaction (image work is slow and must not hold the database); a picture stored for a story that then
 * fails stays in the media library, where the next attempt finds it again by its hash.
 */
async function storePictures(
  deps: ServiceDeps,
  item: NormalizedItem,
  baseDir: string | undefined,
  warnings: string[],
) {
  const assetIds = new Map<string, number>()
  for (const ref of wireMediaRefs(item)) {
    try {
      const { bytes } = await deps.fetcher.fetch(ref.href, { baseDir })
      const asset = await importImage(deps, bytes, {
        caption: ref.caption,
        credit: ref.credit,
        alt: ref.alt,
        source: item.source?.name ?? item.copyrightHolder,
        copyright: ref.copyright ?? item.copyrightNotice,
      })
      assetIds.set(ref.href, asset.id)
    } catch (error) {
      warnings.push(`Picture left out: ${(error as Error).message}`)
    }
  }
  return (ref: MediaRef) => assetIds.get(ref.href) ?? null
}

/** The audit entry for something the wire did to a story (no user: the agency did it). */
function wireAudit(at: string, action: string, articleId: number, item: NormalizedItem): NewAuditEntry {
  return {
    at,
    userId: null,
    action,
    targetType: 'article',
    targetId: String(articleId),
    details: { by: 'wire', uri: item.uri, version: item.version },
    ip: null,
  }
}

function earliest(...instants: (string | null | undefined)[]): string {
  const times = instants.filter((t): t is string => Boolean(t)).map((t) => Date.parse(t))
  return new Date(Math.min(...times)).toISOString()
}

/**
 * Takes one wire item in: a new uri becomes a story, a higher version updates it, the same or a lower version adds
 * nothing, and a canceled item withdraws its story from the site. The story and the wire record are written in one
 * transaction, so a failure leaves nothing half-written.
 */
export async function ingestItem(deps: ServiceDeps, input: IngestInput): Promise<IngestResult> {
  const { item } = input
  const warnings = [...item.warnings]
  const known = await deps.store.wireItems.get(item.uri)
  if (known && !isNewerVersion(item, known)) {
    return { action: 'unchanged', articleId: known.articleId, published: false, warnings }
  }

  const settings = await loadSettings(deps.store)
  const now = deps.clock.now().toISOString()
  const resolve =
    item.pubStatus === 'canceled' ? () => null : await storePictures(deps, item, input.baseDir, warnings)

  const embargoed = item.embargoedUntil !== null && Date.parse(item.embargoedUntil) > Date.parse(now)
  let publish = Boolean(input.publish)
  if (publish && embargoed) {
    warnings.push(`Not published: embargoed until ${item.embargoedUntil}`)
    publish = false
  }
  if (publish && item.pubStatus === 'withheld') {
    warnings.push('Not published: the agency holds this item (pubStatus withheld)')
    publish = false
  }

  return commitChange<IngestResult>(deps, async (tx) => {
    const before = await tx.articles.getByProvenanceUri(item.uri)
    const record = {
      uri: item.uri,
      version: item.version,
      versionCreated: item.versionCreated,
      format: item.format,
      pubStatus: item.pubStatus,
      receivedAt: now,
      raw: input.raw,
      normalized: item,
    }

    if (before?.locked) {
      warnings.push(
        `Story ${before.id} was killed: the wire's version ${item.version || '(none)'} is kept but not applied`,
      )
      await tx.wireItems.save({ ...record, articleId: before.id })
      return {
        result: { action: 'unchanged', articleId: before.id, published: false, warnings },
        change: null,
      }
    }

    if (item.pubStatus === 'canceled') {
      let change = null
      if (before && before.status === 'published') {
        const after = await tx.articles.update(before.id, { status: 'unpublished', state: 'draft' }, now)
        await tx.audit.append(wireAudit(now, 'article.unpublish', before.id, item))
        change = await publicationEffects(tx, before, after, now)
      }
      await tx.wireItems.save({ ...record, articleId: before?.id ?? null })
      return {
        result: { action: 'withdrawn', articleId: before?.id ?? null, published: false, warnings },
        change,
      }
    }

    // The desk is created in the same transaction, so a story that fails leaves no empty desk behind.
    const desk = input.desk && !before?.deskId ? await ensureDesk(tx, input.desk) : null
    const deskId = before?.deskId ?? desk?.id ?? null
    const sectionId = before?.sectionId ?? desk?.defaultSectionId ?? null
    const content = wireToArticleContent(item, { resolve, deskId, sectionId, language: settings.language })
    if (before) content.slug = before.slug // a wire update never moves the story's address
    const checked = articleContentSchema.safeParse(content)
    if (!checked.success) {
      throw new ValidationError(
        `Item ${item.uri} cannot become a story`,
        checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      )
    }

    const wasPublished = before?.status === 'published'
    const publishedNow = publish || wasPublished
    const firstPublishedAt =
      before?.firstPublishedAt ??
      (publishedNow ? earliest(item.firstCreated ?? item.versionCreated, now) : null)
    const values: NewArticle = {
      ...checked.data,
      provenance: content.provenance,
      status: publishedNow ? 'published' : (before?.status ?? 'draft'),
      state: publishedNow ? 'published' : (before?.state ?? 'draft'),
      stageId: before?.stageId ?? (await firstStage(tx, deskId)),
      embargoedUntil: item.embargoedUntil,
      firstPublishedAt,
      updatedAt: publishedNow ? earliest(item.versionCreated ?? now, now) : null,
    }
    const after = before
      ? await tx.articles.update(before.id, values, now)
      : await tx.articles.create(values, now)
    await tx.revisions.append({
      articleId: after.id,
      content: checked.data,
      changedFields: changedContentFields(before && workingCopy({ ...before, pending: null }), checked.data),
      userId: null,
      note: `wire version ${item.version || item.versionCreated || '?'}`,
      version: after.version,
      createdAt: now,
    })
    if (publishedNow && !wasPublished)
      await tx.audit.append(wireAudit(now, 'article.publish', after.id, item))
    await tx.wireItems.save({ ...record, articleId: after.id })
    return {
      result: {
        action: before ? 'updated' : 'created',
        articleId: after.id,
        published: publishedNow,
        warnings,
      },
      change: await publicationEffects(tx, before, after, now),
    }
  })
}
