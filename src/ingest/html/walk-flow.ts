import { isTag, isText } from 'domhandler'
import type { ChildNode, Element } from 'domhandler'
import { inlineText, isSafeHref } from '../../core/inline.ts'
import type { WireBlock } from '../../core/normalized-item.ts'
import { deepText, hasClass } from './dom-query.ts'
import { figureBlocks, imageBlocks } from './figure-blocks.ts'
import { FlowBuilder } from './flow-builder.ts'
import { headingBlocks } from './heading-block.ts'
import type { Marks } from './inline-text.ts'
import { sameText } from './inline-text.ts'
import { listBlocks } from './list-block.ts'
import { quoteBlocks } from './quote-block.ts'
import { METADATA_CLASS } from './sanitize-wire-html.ts'
import { tableBlocks } from './table-blocks.ts'
import type { ResolveImage, WalkContext } from './walk-context.ts'

/** Past this depth a subtree is taken as plain text; limitNesting keeps sanitized documents well under it. */
export const MAX_WALK_DEPTH = 400

type Handler = (el: Element, ctx: WalkContext, marks: Marks, depth: number) => WireBlock[]

const BLOCKS: Record<string, Handler> = {
  blockquote: quoteBlocks,
  figure: figureBlocks,
  img: (el, ctx) => imageBlocks(el, ctx),
  ol: listBlocks,
  table: tableBlocks,
  ul: listBlocks,
  ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, headingBlocks])),
}
/**
 * Elements whose content is never story text: code, styles, embedded documents, forms, media players. The walk drops
 * them whole, so it is safe on markup that was not sanitized first (a DOM from an XML parser).
 */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'head',
  'title',
  'meta',
  'link',
  'base',
])

/** Elements that end the paragraph before them and start a new one, without a block of their own. */
const BOUNDARIES = new Set(['p', 'div', 'section', 'article', 'footer', 'li', 'figcaption', 'tr', 'td', 'th'])

/**
 * Walks sanitized DOM nodes into Dateline blocks. Hand-written because no library maps HTML onto our block model:
 * generic HTML-to-JSON converters keep HTML's nesting, while our blocks are flat and hold only text with marks.
 */
export function walkBlocks(
  nodes: readonly ChildNode[],
  options: { resolveImage?: ResolveImage; dropHeadline?: string; warnings: string[] },
): WireBlock[] {
  const ctx: WalkContext = {
    warnings: options.warnings,
    resolveImage: options.resolveImage,
    blocksOf(children, marks, depth) {
      const flow = new FlowBuilder()
      walk(children, flow, marks, depth)
      return flow.finish()
    },
  }
  const root = new FlowBuilder()
  let headlinePending = Boolean(options.dropHeadline)

  function walk(children: readonly ChildNode[], flow: FlowBuilder, marks: Marks, depth: number): void {
    for (const node of children) {
      if (isText(node)) {
        // Source newlines are spaces; only <br> makes a line break.
        flow.text(node.data.replace(/\n/g, ' '), marks)
        continue
      }
      if (!isTag(node)) continue
      const name = node.name
      if (SKIP.has(name)) continue
      if (depth >= MAX_WALK_DEPTH) {
        if (ctx.warnings.at(-1) !== TOO_DEEP) ctx.warnings.push(TOO_DEEP)
        flow.text(deepText(node).replace(/\n/g, ' '), marks)
      } else if (name === 'br') {
        flow.text('\n', marks)
      } else if (name === 'div' && hasClass(node, METADATA_CLASS)) {
        continue
      } else if (name === 'h1' && headlinePending && flow === root && root.isEmpty()) {
        headlinePending = false
        const heading = headingBlocks(node, ctx, marks, depth + 1)
        const first = heading[0]
        const text = first?.type === 'heading' ? inlineText(first.content) : ''
        if (!sameText(text, options.dropHeadline ?? '')) flow.push(...heading)
        else flow.push(...heading.slice(1))
      } else if (BLOCKS[name]) {
        flow.push(...BLOCKS[name](node, ctx, marks, depth + 1))
      } else if (BOUNDARIES.has(name)) {
        flow.flush()
        walk(node.children, flow, marks, depth + 1)
        flow.flush()
      } else {
        walk(node.children, flow, withMarks(node, marks), depth + 1)
      }
    }
  }

  walk(nodes, root, {}, 0)
  return root.finish()
}

const TOO_DEEP = 'Flattened markup nested too deeply to keep its structure'

function withMarks(el: Element, marks: Marks): Marks {
  switch (el.name) {
    case 'b':
    case 'strong':
      return { ...marks, bold: true }
    case 'i':
    case 'em':
      return { ...marks, italic: true }
    case 'a': {
      const href = el.attribs.href?.trim()
      return href && isSafeHref(href) ? { ...marks, href } : marks
    }
    default:
      return marks
  }
}
