import { articleContentSchema, workingCopy, type Article } from '../../core/article.ts'
import { ConflictError } from '../../core/errors.ts'
import type { Repositories } from '../../core/ports.ts'
import { contentError } from './create-story.ts'
import { assertUnlocked } from './story-access.ts'

export interface PublishOptions {
  at: string
  /** A typo fix: readers' "Update:" time stays where it was. */
  minor?: boolean
  userId: number | null
  note: string
  /** Times the story carries from elsewhere (a wire item's own times); default: now. */
  times?: { firstPublishedAt?: string; updatedAt?: string }
}

/** Refuses to publish before the embargo: nothing made from an embargoed item reaches readers early. */
export function assertNotEmbargoed(article: Pick<Article, 'id' | 'embargoedUntil'>, at: string): void {
  if (article.embargoedUntil && Date.parse(article.embargoedUntil) > Date.parse(at)) {
    throw new ConflictError(`Story ${article.id} is embargoed until ${article.embargoedUntil}`, {
      code: 'embargoed',
      details: { embargoedUntil: article.embargoedUntil },
    })
  }
}

/**
 * Makes the working copy what readers see, inside the caller's transaction and only at the version the caller read.
 * A first publication sets the first-published time; a later one moves the "Update:" time unless it is minor.
 */
export async function publishStory(
  tx: Repositories,
  article: Article,
  options: PublishOptions,
): Promise<Article> {
  assertUnlocked(article)
  assertNotEmbargoed(article, options.at)
  const parsed = articleContentSchema.safeParse(workingCopy(article))
  if (!parsed.success) throw contentError('The story cannot be published as it is', parsed.error.issues)
  const republish = article.status === 'published'
  const after = await tx.articles.update(
    article.id,
    {
      ...parsed.data,
      pending: null,
      status: 'published',
      state: 'published',
      scheduledAt: null,
      firstPublishedAt: article.firstPublishedAt ?? options.times?.firstPublishedAt ?? options.at,
      updatedAt: republish && options.minor ? article.updatedAt : (options.times?.updatedAt ?? options.at),
    },
    options.at,
    article.version,
  )
  await tx.revisions.append({
    articleId: article.id,
    content: parsed.data,
    changedFields: [],
    userId: options.userId,
    note: options.note,
    version: after.version,
    createdAt: options.at,
  })
  return after
}
