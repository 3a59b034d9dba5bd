import { articleContentSchema, type ArticleContent } from '../../core/article.ts'
import { ValidationError } from '../../core/errors.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import type { NewArticle, Repositories } from '../../core/ports.ts'
import { wireToArticleContent } from '../../core/wire-to-article.ts'
import { loadSettings } from '../settings-service.ts'
import { firstStage } from '../newsroom/story-references.ts'
import { storedPicture } from './wire-pictures.ts'

/** A wire item's content as a story's, checked; the error names the fields that cannot become a story. */
export async function wireContent(
  tx: Repositories,
  item: NormalizedItem,
  placement: { deskId: number | null; sectionId?: number | null; slug?: string },
): Promise<ArticleContent> {
  const settings = await loadSettings(tx)
  const deskSection =
    placement.deskId !== null ? ((await tx.desks.get(placement.deskId))?.defaultSectionId ?? null) : null
  const content = wireToArticleContent(item, {
    resolve: storedPicture,
    deskId: placement.deskId,
    sectionId: placement.sectionId !== undefined ? placement.sectionId : deskSection,
    language: settings.language,
  })
  if (placement.slug) content.slug = placement.slug
  const { provenance: _p, ...fields } = content
  const checked = articleContentSchema.safeParse(fields)
  if (!checked.success) {
    throw new ValidationError(
      `Item ${item.uri} cannot become a story`,
      checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    )
  }
  return checked.data
}

/** A new story made from a wire item: a draft on its desk, with the item's provenance and embargo. */
export async function storyFromItem(
  tx: Repositories,
  item: NormalizedItem,
  options: {
    deskId: number | null
    stageId: number | null
    mode: 'direct' | 'fetched'
    createdBy: number | null
  },
): Promise<NewArticle> {
  const content = await wireContent(tx, item, { deskId: options.deskId })
  return {
    ...content,
    status: 'draft',
    state: 'draft',
    stageId: options.stageId ?? (await firstStage(tx, options.deskId)),
    createdBy: options.createdBy,
    embargoedUntil: item.embargoedUntil,
    provenance: {
      uri: item.uri,
      version: item.version,
      format: item.format,
      mode: options.mode,
      ...(item.provider ? { provider: item.provider } : {}),
    },
    firstPublishedAt: null,
    updatedAt: null,
  }
}
