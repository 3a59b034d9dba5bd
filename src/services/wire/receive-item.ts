import type { Article } from '../../core/article.ts'
import { newsroomKeys, storyNewsroomKeys, withNewsroomKeys } from '../../core/newsroom-keys.ts'
import type { NewAuditEntry } from '../../core/newsroom-records.ts'
import { isNewerVersion, type NormalizedItem } from '../../core/normalized-item.ts'
import type { ContentChange, Repositories } from '../../core/ports.ts'
import {
  routeItem,
  type ItemOutcome,
  type RoutingRule,
  type Source,
  type WireItemStatus,
} from '../../core/wire-desk.ts'
import { commitChange } from '../commit-change.ts'
import { ensureDesk } from '../desk-service.ts'
import { publicationEffects } from '../newsroom/publication-effects.ts'
import { publishStory } from '../newsroom/publish-story.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { storeItemPictures } from './wire-pictures.ts'
import { storyFromItem, wireContent } from './wire-story.ts'

export interface ReceiveContext {
  source: Source | null
  rules: readonly RoutingRule[]
  documentId: number | null
  /** The document's folder, against which relative picture paths resolve. */
  baseDir?: string
  /** A desk by name (the command line's --desk), created if missing; it overrides routing. */
  deskName?: string
  /** Publish directly (the command line's --publish); otherwise the routing decides. */
  publish?: boolean
}

export interface ReceivedItem extends ItemOutcome {
  itemId: number | null
  articleId: number | null
  published: boolean
  warnings: string[]
}

/** Two instants written differently (`Z` or `+06:00`) may be the same moment. */
const sameInstant = (a: string | null, b: string | null) =>
  a === null || b === null ? a === b : Date.parse(a) === Date.parse(b)

const earliest = (...instants: (string | null | undefined)[]) =>
  new Date(
    Math.min(...instants.filter((t): t is string => Boolean(t)).map((t) => Date.parse(t))),
  ).toISOString()

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

interface Step {
  status: WireItemStatus
  articleId: number | null
  published: boolean
  change: ContentChange | null
}

/**
 * A story published directly from the wire follows it: a new version updates and republishes it (with the agency's
 * times), withheld holds it (off the site) and canceled withdraws it at once.
 */
async function followDirect(
  tx: Repositories,
  story: Article,
  item: NormalizedItem,
  at: string,
): Promise<Step> {
  if (item.pubStatus !== 'usable') {
    const status = item.pubStatus === 'canceled' ? 'canceled' : 'withheld'
    if (story.status !== 'published') return { status, articleId: story.id, published: false, change: null }
    const after = await tx.articles.update(story.id, { status: 'unpublished', state: 'draft' }, at)
    await tx.audit.append(wireAudit(at, 'article.unpublish', story.id, item))
    return {
      status,
      articleId: story.id,
      published: false,
      change: await publicationEffects(tx, story, after, at),
    }
  }
  const content = await wireContent(tx, item, {
    deskId: story.deskId,
    sectionId: story.sectionId,
    slug: story.slug,
  })
  const embargoed = item.embargoedUntil !== null && Date.parse(item.embargoedUntil) > Date.parse(at)
  const updated = await tx.articles.update(
    story.id,
    {
      ...content,
      pending: null,
      embargoedUntil: item.embargoedUntil,
      provenance: { ...story.provenance!, version: item.version },
      ...(embargoed ? { state: 'scheduled' as const, scheduledAt: item.embargoedUntil } : {}),
    },
    at,
  )
  await tx.revisions.append({
    articleId: story.id,
    content,
    changedFields: [],
    userId: null,
    note: `wire version ${item.version || item.versionCreated || '?'}`,
    version: updated.version,
    createdAt: at,
  })
  // Still under embargo (a new version may move it): the story waits, scheduled for the embargo's end.
  if (embargoed) return { status: 'published', articleId: story.id, published: false, change: null }
  const after = await publishStory(tx, updated, {
    at,
    userId: null,
    note: 'wire publish',
    times: {
      updatedAt: earliest(item.versionCreated ?? at, at),
      firstPublishedAt: earliest(item.firstCreated ?? at, at),
    },
  })
  if (story.status !== 'published') await tx.audit.append(wireAudit(at, 'article.publish', story.id, item))
  return {
    status: 'published',
    articleId: story.id,
    published: true,
    change: await publicationEffects(tx, story, after, at),
  }
}

/** A story a desk fetched is the desk's: the wire only flags what changed, for an editor to look at. */
async function flagFetched(
  tx: Repositories,
  story: Article,
  item: NormalizedItem,
  itemId: number,
  at: string,
): Promise<Step> {
  const kind =
    item.pubStatus === 'canceled'
      ? 'canceled'
      : item.pubStatus === 'withheld'
        ? 'withheld'
        : item.signals.includes('correction')
          ? 'correction'
          : 'update'
  await tx.articles.update(
    story.id,
    { wireUpdate: { kind, version: item.version, receivedAt: at, itemId } },
    at,
  )
  await tx.audit.append(wireAudit(at, `wire.${kind}`, story.id, item))
  const status = kind === 'canceled' ? 'canceled' : kind === 'withheld' ? 'withheld' : 'fetched'
  return { status, articleId: story.id, published: story.status === 'published', change: null }
}

/** A new item meant for readers at once: published now, or scheduled for the end of its embargo. */
async function publishNew(
  tx: Repositories,
  item: NormalizedItem,
  placement: { deskId: number | null; stageId: number | null },
  at: string,
): Promise<Step> {
  const values = await storyFromItem(tx, item, { ...placement, mode: 'direct', createdBy: null })
  const draft = await tx.articles.create(values, at)
  await tx.revisions.append({
    articleId: draft.id,
    content: await wireContent(tx, item, {
      deskId: draft.deskId,
      sectionId: draft.sectionId,
      slug: draft.slug,
    }),
    changedFields: [],
    userId: null,
    note: `wire version ${item.version || item.versionCreated || '?'}`,
    version: draft.version,
    createdAt: at,
  })
  if (item.embargoedUntil && Date.parse(item.embargoedUntil) > Date.parse(at)) {
    await tx.articles.update(draft.id, { state: 'scheduled', scheduledAt: item.embargoedUntil }, at)
    return { status: 'published', articleId: draft.id, published: false, change: null }
  }
  const after = await publishStory(tx, draft, {
    at,
    userId: null,
    note: 'wire publish',
    times: {
      firstPublishedAt: earliest(item.firstCreated ?? item.versionCreated, at),
      updatedAt: earliest(item.versionCreated ?? at, at),
    },
  })
  await tx.audit.append(wireAudit(at, 'article.publish', draft.id, item))
  return {
    status: 'published',
    articleId: draft.id,
    published: true,
    change: await publicationEffects(tx, null, after, at),
  }
}

/**
 * Takes one item in. A version the desk already has (the same or older) changes nothing and is only logged. A new
 * item is routed to a desk and either queued there or published directly (trusted services, or --publish); a newer
 * version follows the story made from it. Item, version, story and change-log entry commit together, or not at all.
 */
export async function receiveItem(
  deps: ServiceDeps,
  item: NormalizedItem,
  ctx: ReceiveContext,
): Promise<ReceivedItem> {
  const known = await deps.store.wireItems.head(item.uri)
  const base = { uri: item.uri, version: item.version }
  if (known && !isNewerVersion(item, known)) {
    const outcome =
      known.version === item.version &&
      (item.version !== '' || sameInstant(known.versionCreated, item.versionCreated))
        ? 'duplicate'
        : 'older'
    deps.logger.info(
      `Wire item ${item.uri}: version ${item.version || '(none)'} ignored, ${known.version || '(none)'} is current (${outcome})`,
    )
    return {
      ...base,
      outcome,
      itemId: known.id,
      articleId: known.articleId,
      published: false,
      warnings: item.warnings,
    }
  }
  const route = routeItem(ctx.rules, item, ctx.source)
  const publish = ctx.publish ?? route.publish
  const withPictures = item.pubStatus === 'canceled' ? item : await storeItemPictures(deps, item, ctx.baseDir)
  const at = deps.clock.now().toISOString()

  return commitChange(deps, async (tx) => {
    const deskId = ctx.deskName ? (await ensureDesk(tx, ctx.deskName)).id : (known?.deskId ?? route.deskId)
    const stageId = ctx.deskName ? null : (known?.stageId ?? route.stageId)
    const story = known?.articleId ? await tx.articles.get(known.articleId) : null
    let step: Step
    if (story?.locked) {
      step = { status: known!.status, articleId: story.id, published: false, change: null }
    } else if (story && story.provenance?.mode === 'fetched') {
      step = await flagFetched(tx, story, withPictures, known!.id, at)
    } else if (story) {
      step = await followDirect(tx, story, withPictures, at)
    } else if (item.pubStatus !== 'usable') {
      step = {
        status: item.pubStatus === 'canceled' ? 'canceled' : 'withheld',
        articleId: null,
        published: false,
        change: null,
      }
    } else if (publish) {
      step = await publishNew(tx, withPictures, { deskId, stageId }, at)
    } else {
      step = { status: 'queued', articleId: null, published: false, change: null }
    }
    const saved = await tx.wireItems.save(
      {
        uri: item.uri,
        version: item.version,
        versionCreated: item.versionCreated,
        format: item.format,
        pubStatus: item.pubStatus,
        status: step.status,
        sourceId: ctx.source?.id ?? known?.sourceId ?? null,
        deskId,
        stageId,
        articleId: step.articleId,
        headline: item.headline,
        urgency: item.urgency,
        language: item.language,
        provider: item.provider,
        embargoedUntil: item.embargoedUntil,
        documentId: ctx.documentId,
        normalized: withPictures,
      },
      at,
    )
    await tx.wireItems.addVersion({
      itemId: saved.id,
      version: item.version,
      versionCreated: item.versionCreated,
      pubStatus: item.pubStatus,
      normalized: withPictures,
      documentId: ctx.documentId,
      receivedAt: at,
    })
    const outcome: ItemOutcome['outcome'] =
      item.pubStatus === 'canceled'
        ? 'canceled'
        : item.pubStatus === 'withheld'
          ? 'withheld'
          : known
            ? 'updated'
            : 'new'
    return {
      result: {
        ...base,
        outcome,
        itemId: saved.id,
        articleId: step.articleId,
        published: step.published,
        warnings: withPictures.warnings,
      },
      change: withNewsroomKeys(
        step.change,
        [
          ...(deskId !== null ? [newsroomKeys.ingest(deskId)] : []),
          ...(step.articleId !== null && deskId !== null ? [newsroomKeys.desk(deskId)] : []),
          ...(step.articleId !== null ? [newsroomKeys.article(step.articleId)] : []),
          ...storyNewsroomKeys(story),
        ],
        'wire.receive',
      ),
    }
  })
}
