import type { WireBlock } from '../../core/normalized-item.ts'
import type { Span } from '../../core/inline.ts'
import { paragraphsFromRun } from './inline-text.ts'
import type { Marks } from './inline-text.ts'

/**
 * Collects the blocks of one stretch of flow content. Inline text gathers in a run; any block boundary (a `<p>`
 * closing, a list starting) turns the run into paragraphs, so loose text between blocks becomes its own paragraph.
 */
export class FlowBuilder {
  readonly blocks: WireBlock[] = []
  private run: Span[] = []

  text(text: string, marks: Marks): void {
    if (text) this.run.push({ text, ...marks })
  }

  push(...blocks: WireBlock[]): void {
    this.flush()
    this.blocks.push(...blocks)
  }

  flush(): void {
    for (const content of paragraphsFromRun(this.run)) this.blocks.push({ type: 'paragraph', content })
    this.run = []
  }

  /** True while nothing visible has been collected: no blocks and no text but whitespace. */
  isEmpty(): boolean {
    return this.blocks.length === 0 && this.run.every((s) => !s.text.trim())
  }

  finish(): WireBlock[] {
    this.flush()
    return this.blocks
  }
}
