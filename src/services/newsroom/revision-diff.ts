import { diffArrays, diffWordsWithSpace } from 'diff'
import type { ArticleContent } from '../../core/article.ts'
import type { Block } from '../../core/blocks.ts'
import { changedContentFields } from '../../core/content-diff.ts'
import { inlineText } from '../../core/inline.ts'

/** One line of a body diff: a block kept, added, removed, or changed (with the words that changed). */
export type BodyLine =
  | { op: 'same'; text: string }
  | { op: 'added'; text: string }
  | { op: 'removed'; text: string }
  | {
      op: 'changed'
      before: string
      after: string
      words: { op: 'same' | 'added' | 'removed'; text: string }[]
    }

export interface ContentDiff {
  fields: { field: string; before: unknown; after: unknown }[]
  body: BodyLine[]
}

/** A block as one readable line, marked by its kind, so a diff of lines reads like the story. */
export function blockLine(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return inlineText(block.content)
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineText(block.content)}`
    case 'quote':
      return `> ${block.paragraphs.map(inlineText).join(' / ')}${block.attribution ? ` — ${block.attribution}` : ''}`
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${inlineText(item)}`)
        .join('  ')
    case 'figure':
      return `[picture ${block.assetId}] ${block.caption}${block.credit ? ` (${block.credit})` : ''}`
  }
}

/**
 * What changed between two versions of a story: every field but the body as before/after, and the body as a
 * line-by-line diff whose changed lines also carry a word diff. The newsroom shows it side by side.
 */
export function diffContent(before: ArticleContent, after: ArticleContent): ContentDiff {
  const fields = changedContentFields(before, after)
    .filter((f) => f !== 'body')
    .map((field) => ({
      field,
      before: before[field as keyof ArticleContent],
      after: after[field as keyof ArticleContent],
    }))

  const parts = diffArrays(before.body.map(blockLine), after.body.map(blockLine))
  const body: BodyLine[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    const next = parts[i + 1]
    if (part.removed && next?.added) {
      // A removed run followed by an added one: pair the lines up as changes, the rest as plain removals/additions.
      const n = Math.min(part.value.length, next.value.length)
      for (let k = 0; k < n; k++) {
        const words = diffWordsWithSpace(part.value[k]!, next.value[k]!).map((w) => ({
          op: w.added ? ('added' as const) : w.removed ? ('removed' as const) : ('same' as const),
          text: w.value,
        }))
        body.push({ op: 'changed', before: part.value[k]!, after: next.value[k]!, words })
      }
      for (const text of part.value.slice(n)) body.push({ op: 'removed', text })
      for (const text of next.value.slice(n)) body.push({ op: 'added', text })
      i++
      continue
    }
    const op = part.added ? 'added' : part.removed ? 'removed' : 'same'
    for (const text of part.value) body.push({ op, text })
  }
  return { fields, body }
}
