import type { ArticleContent } from '../../core/article.ts'

/** What the newsroom may set on a story: its content, plus where it sits on the desk and its embargo. */
export type StoryFields = Partial<ArticleContent> & {
  stageId?: number | null
  embargoedUntil?: string | null
}

/** Who did it and from where, for the revision and the audit log. */
export interface ActionContext {
  ip: string | null
}

export const splitFields = (fields: StoryFields) => {
  const { stageId, embargoedUntil, ...content } = fields
  return { stageId, embargoedUntil, content }
}
