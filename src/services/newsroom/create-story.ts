import { canCreateOn } from '../../core/access.ts'
import { storyNewsroomKeys, withNewsroomKeys } from '../../core/newsroom-keys.ts'
import { articleContentSchema, type Article } from '../../core/article.ts'
import { changedContentFields } from '../../core/content-diff.ts'
import { ForbiddenError, ValidationError } from '../../core/errors.ts'
import type { Actor } from '../../core/roles.ts'
import { slugify } from '../../core/slug.ts'
import { commitChange } from '../commit-change.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { loadSettings } from '../settings-service.ts'
import { checkReferences, firstStage } from './story-references.ts'
import { splitFields, type ActionContext, type StoryFields } from './story-fields.ts'

/** Turns zod's issues into our ValidationError, each with the path of its field. */
export function contentError(
  message: string,
  issues: { path: PropertyKey[]; message: string }[],
): ValidationError {
  return new ValidationError(
    message,
    issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  )
}

/** A new draft on a desk: the first save, so also revision 1. */
export async function createStory(
  deps: ServiceDeps,
  actor: Actor,
  fields: StoryFields & { headline: string },
  context: ActionContext,
): Promise<Article> {
  const { stageId, embargoedUntil, content } = splitFields(fields)
  const settings = await loadSettings(deps.store)
  const parsed = articleContentSchema.safeParse({
    body: [],
    deskId: null,
    sectionId: null,
    source: null,
    leadImage: null,
    dateline: null,
    language: settings.language,
    slug: slugify(fields.headline),
    ...content,
  })
  if (!parsed.success) throw contentError('The story is not valid', parsed.error.issues)
  const values = parsed.data
  if (!canCreateOn(actor, values.deskId)) {
    throw new ForbiddenError('You may only create stories on your own desks', 'forbidden_desk')
  }
  const at = deps.clock.now().toISOString()

  return commitChange(deps, async (tx) => {
    await checkReferences(tx, values, stageId)
    // A story without a section goes where its desk's stories usually go.
    const deskSection =
      values.deskId !== null ? ((await tx.desks.get(values.deskId))?.defaultSectionId ?? null) : null
    const final = { ...values, sectionId: values.sectionId ?? deskSection }
    const article = await tx.articles.create(
      {
        ...final,
        status: 'draft',
        state: 'draft',
        stageId: stageId ?? (await firstStage(tx, values.deskId)),
        createdBy: actor.userId,
        embargoedUntil: embargoedUntil ?? null,
        provenance: null,
        firstPublishedAt: null,
        updatedAt: null,
      },
      at,
    )
    await tx.revisions.append({
      articleId: article.id,
      content: final,
      changedFields: changedContentFields(null, final),
      userId: actor.userId,
      note: 'create',
      version: article.version,
      createdAt: at,
    })
    await tx.audit.append({
      at,
      userId: actor.userId,
      action: 'article.create',
      targetType: 'article',
      targetId: String(article.id),
      details: { deskId: article.deskId },
      ip: context.ip,
    })
    return {
      result: article,
      change: withNewsroomKeys(null, storyNewsroomKeys(article), 'article.create'),
    }
  })
}
