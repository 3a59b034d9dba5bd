import { articleContentSchema, type Article } from '../core/article.ts'
import { articleChangeKeys } from '../core/article-change-keys.ts'
import { ValidationError } from '../core/errors.ts'
import { isNewerVersion, type MediaRef, type NormalizedItem } from '../core/normalized-item.ts'
import type { NewArticle } from '../core/ports.ts'
import { wireMediaRefs, wireToArticleContent } from '../core/wire-to-article.ts'
import { commitChange } from './commit-change.ts'
import { ensureDesk } from './desk-service.ts'
import { importImage } from './media-service.ts'
import type { ServiceDeps } from './service-deps.ts'
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

    if (item.pubStatus === 'canceled') {
      let after: Article | null = null
      if (before && before.status === 'published') {
        after = await tx.articles.update(before.id, { status: 'unpublished' }, now)
      }
      await tx.wireItems.save({ ...record, articleId: before?.id ?? null })
      return {
        result: { action: 'withdrawn', articleId: before?.id ?? null, published: false, warnings },
        change: after ? { keys: articleChangeKeys(before, after), reason: 'wire.canceled' } : null,
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
      firstPublishedAt,
      updatedAt: publishedNow ? earliest(item.versionCreated ?? now, now) : null,
    }
    const after = before
      ? await tx.articles.update(before.id, values, now)
      : await tx.articles.create(values, now)
    await tx.wireItems.save({ ...record, articleId: after.id })
    return {
      result: {
        action: before ? 'updated' : 'created',
        articleId: after.id,
        published: publishedNow,
        warnings,
      },
      change: { keys: articleChangeKeys(before, after), reason: before ? 'wire.update' : 'wire.new' },
    }
  })
}
