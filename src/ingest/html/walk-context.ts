import type { ChildNode } from 'domhandler'
import type { MediaRef, WireBlock } from '../../core/normalized-item.ts'
import type { Marks } from './inline-text.ts'

/** An `<img>` as the caller sees it, to map onto a richer picture (e.g. a ninjs association). */
export interface ImageCandidate {
  /** The usable source the walk would use on its own (`data-preview-src` before `src`); "" when there is none. */
  src: string
  attributes: Readonly<Record<string, string>>
}

export type ResolveImage = (img: ImageCandidate) => MediaRef | null

/**
 * What the element handlers share. `blocksOf` walks nodes into blocks with a fresh paragraph run; handlers get it
 * from here instead of importing the walk, which keeps the import graph free of cycles.
 */
export interface WalkContext {
  warnings: string[]
  resolveImage: ResolveImage | undefined
  blocksOf(nodes: readonly ChildNode[], marks: Marks, depth: number): WireBlock[]
}
