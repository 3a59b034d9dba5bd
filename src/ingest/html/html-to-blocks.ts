import { isCDATA, isTag, isText, Text, type ChildNode } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import type { WireBlock } from '../../core/normalized-item.ts'
import { limitNesting } from './limit-nesting.ts'
import { sanitizeWireHtml } from './sanitize-wire-html.ts'
import type { ResolveImage } from './walk-context.ts'
import { walkBlocks } from './walk-flow.ts'

export type { ImageCandidate, ResolveImage } from './walk-context.ts'

export interface HtmlToBlocksOptions {
  /** Maps an `<img>` onto a known picture, e.g. a ninjs association by `data-assoc-ref`; null when it is unknown. */
  resolveImage?: ResolveImage
  /** A leading `<h1>` with this text is dropped: many wire bodies repeat the headline. */
  dropHeadline?: string
}

/**
 * Blocks from a DOM another parser already built (the body of a NewsML-G2 item, parsed with the document): element
 * names lose their namespace prefix and are lowercased, CDATA becomes text, and the same allowlist walk runs, which
 * keeps only text, safe links and pictures. Saves serialising the body and parsing it three times more.
 */
export function domToBlocks(
  nodes: ChildNode[],
  options: HtmlToBlocksOptions = {},
): { blocks: WireBlock[]; warnings: string[] } {
  const warnings: string[] = []
  const stack: ChildNode[][] = [nodes]
  while (stack.length) {
    const list = stack.pop()!
    for (let i = 0; i < list.length; i++) {
      const node = list[i]!
      if (isCDATA(node)) {
        list[i] = new Text(node.children.map((c) => (isText(c) ? c.data : '')).join(''))
      } else if (isTag(node)) {
        const colon = node.name.indexOf(':')
        node.name = (colon === -1 ? node.name : node.name.slice(colon + 1)).toLowerCase()
        stack.push(node.children)
      }
    }
  }
  return { blocks: walkBlocks(nodes, { ...options, warnings }), warnings }
}

/** Deeper nesting than any article needs; see limitNesting for why it must be bounded before sanitizing. */
const MAX_NESTING = 200

/**
 * Wire HTML to Dateline blocks: depth bounded, sanitized to an allowlist, parsed, then walked into paragraphs,
 * headings, quotes, lists and figure references. Never throws on bad markup; what it had to drop is in `warnings`.
 */
export function htmlToBlocks(
  html: string,
  options: HtmlToBlocksOptions = {},
): { blocks: WireBlock[]; warnings: string[] } {
  const warnings: string[] = []
  const limited = limitNesting(html, MAX_NESTING)
  if (limited.removedTags) {
    warnings.push(`Removed ${limited.removedTags} tags nested deeper than ${MAX_NESTING} levels`)
  }
  const document = parseDocument(sanitizeWireHtml(limited.html))
  const blocks = walkBlocks(document.children, { ...options, warnings })
  return { blocks, warnings }
}
