import type { ArticleContent } from '../../core/article.ts'
import { NotFoundError } from '../../core/errors.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import type { WireQueueQuery } from '../../core/ports.ts'
import type { WireItemStatus } from '../../core/wire-desk.ts'
import { wireToArticleContent } from '../../core/wire-to-article.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { storedPicture } from './wire-pictures.ts'

/** The ingest queue, with each item's source named. */
export async function listQueue(
  deps: ServiceDeps,
  q: {
    source?: number
    desk?: number
    status?: WireItemStatus
    urgency?: number
    q?: string
    limit: number
    offset: number
  },
) {
  const query: WireQueueQuery = {
    limit: q.limit,
    offset: q.offset,
    ...(q.source !== undefined ? { sourceId: q.source } : {}),
    ...(q.desk !== undefined ? { deskId: q.desk } : {}),
    ...(q.status !== undefined ? { status: q.status } : {}),
    ...(q.urgency !== undefined ? { maxUrgency: q.urgency } : {}),
    ...(q.q !== undefined ? { text: q.q } : {}),
  }
  const [result, sources] = await Promise.all([deps.store.wireItems.list(query), deps.store.sources.list()])
  const names = new Map(sources.map((s) => [s.id, s.name]))
  return {
    items: result.items.map((i) => ({
      ...i,
      source: i.sourceId !== null ? (names.get(i.sourceId) ?? null) : null,
    })),
    total: result.total,
    limit: q.limit,
    offset: q.offset,
  }
}

/** One item, all its versions, and the document that brought its newest version, as received. */
export async function itemDetail(deps: ServiceDeps, id: number) {
  const item = await deps.store.wireItems.getById(id)
  if (!item) throw new NotFoundError('Wire item', id)
  const [versions, document, source] = await Promise.all([
    deps.store.wireItems.versions(id),
    item.documentId !== null ? deps.store.wireDocuments.get(item.documentId) : null,
    item.sourceId !== null ? deps.store.sources.get(item.sourceId) : null,
  ])
  return { ...item, source: source?.name ?? null, versions, document }
}

/** A version's content in story terms, for comparing versions (nothing is stored or checked). */
export function itemContent(item: NormalizedItem): ArticleContent {
  const { provenance: _p, ...content } = wireToArticleContent(item, {
    resolve: storedPicture,
    deskId: null,
    sectionId: null,
    language: item.language || 'und',
  })
  return content
}
