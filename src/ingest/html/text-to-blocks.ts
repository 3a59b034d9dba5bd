import { tidyInline } from '../../core/inline.ts'
import type { WireBlock } from '../../core/normalized-item.ts'
import { paragraphsFromRun, sameText } from './inline-text.ts'

/**
 * A text/plain body as paragraphs: split at blank lines, or at every line break when the text has no blank line
 * (many agencies send one paragraph a line). Line breaks inside a paragraph are soft wraps and become spaces.
 * A first paragraph equal to `dropHeadline` is dropped, as some agencies start the text with the headline.
 */
export function textToBlocks(text: string, options: { dropHeadline?: string } = {}): WireBlock[] {
  const normalized = text.replace(/\r\n?/g, '\n')
  const blankLine = /\n[ \t\u00a0]*\n/
  const parts = blankLine.test(normalized)
    ? normalized.split(/\n[ \t\u00a0]*(?:\n[ \t\u00a0]*)+/)
    : normalized.split('\n')
  const blocks: WireBlock[] = parts.flatMap((part) =>
    paragraphsFromRun(tidyInline([{ text: part.replace(/\n/g, ' ') }])).map((content) => ({
      type: 'paragraph' as const,
      content,
    })),
  )
  const first = blocks[0]
  if (
    options.dropHeadline &&
    first?.type === 'paragraph' &&
    sameText(first.content[0]?.text ?? '', options.dropHeadline)
  ) {
    blocks.shift()
  }
  return blocks
}
