import type { ArticleContent } from '../../core/article.ts'
import { bodyAssetIds } from '../../core/blocks.ts'
import { ValidationError, type FieldIssue } from '../../core/errors.ts'
import type { Repositories } from '../../core/ports.ts'

/**
 * Checks that what a story points to exists: its desk, stage (on that desk), section and pictures. Each missing
 * thing is named by its field, and nothing is written.
 */
export async function checkReferences(
  tx: Repositories,
  content: Pick<ArticleContent, 'deskId' | 'sectionId' | 'leadImage' | 'body'>,
  stageId: number | null | undefined,
): Promise<void> {
  const issues: FieldIssue[] = []
  if (content.deskId !== null && !(await tx.desks.get(content.deskId))) {
    issues.push({ path: 'deskId', message: `no desk with id ${content.deskId}` })
  }
  if (content.sectionId !== null && !(await tx.sections.get(content.sectionId))) {
    issues.push({ path: 'sectionId', message: `no section with id ${content.sectionId}` })
  }
  if (stageId !== undefined && stageId !== null) {
    const stage = await tx.stages.get(stageId)
    if (!stage || stage.deskId !== content.deskId) {
      issues.push({ path: 'stageId', message: `no stage ${stageId} on the story's desk` })
    }
  }
  const assetIds = [...(content.leadImage ? [content.leadImage.assetId] : []), ...bodyAssetIds(content.body)]
  const found = new Set((await tx.assets.getMany(assetIds)).map((a) => a.id))
  if (content.leadImage && !found.has(content.leadImage.assetId)) {
    issues.push({ path: 'leadImage.assetId', message: `no picture with id ${content.leadImage.assetId}` })
  }
  content.body.forEach((block, i) => {
    if (block.type === 'figure' && !found.has(block.assetId)) {
      issues.push({ path: `body.${i}.assetId`, message: `no picture with id ${block.assetId}` })
    }
  })
  if (issues.length > 0) throw new ValidationError('The story points to things that do not exist', issues)
}

/** The first stage of a desk (Incoming), where new stories land. */
export async function firstStage(tx: Repositories, deskId: number | null): Promise<number | null> {
  if (deskId === null) return null
  return (await tx.stages.list(deskId))[0]?.id ?? null
}
