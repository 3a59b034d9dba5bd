import type { Block, Body } from './blocks.ts'
import { isSafeHref, tidyInline, type Inline, type Span } from './spans.ts'

/**
 * The story editor's document (ProseMirror JSON, as Tiptap's StarterKit names its nodes and marks) and Dateline's
 * block body, mapped both ways. Written here because the mapping is Dateline's own: no library knows our blocks.
 *
 * Blocks → editor: paragraph → `paragraph`; heading → `heading {level}`; quote → `blockquote {attribution}` of
 * paragraphs; list → `bulletList`/`orderedList` of `listItem`s of one paragraph; figure → `figure {assetId, caption,
 * credit, alt}` (an atom). A span's `\n` is a `hardBreak`; bold, italic and link are marks.
 *
 * Editor → blocks is forgiving, since pasted documents (Word, Google Docs, web pages) arrive as whatever the editor
 * kept: heading levels fold into 2 and 3, nested lists and list items with several paragraphs flatten, text in nodes
 * we have no block for becomes paragraphs, marks we do not keep are dropped (their text stays), links that are not
 * http(s) or mailto lose the link, and empty paragraphs go. A body round-trips unchanged.
 */

export interface PmMark {
  type: string
  attrs?: Record<string, unknown>
}
export interface PmNode {
  type: string
  attrs?: Record<string, unknown>
  content?: PmNode[]
  text?: string
  marks?: PmMark[]
}

function inlineToPm(spans: Inline): PmNode[] {
  const out: PmNode[] = []
  for (const span of spans) {
    const marks: PmMark[] = []
    if (span.bold) marks.push({ type: 'bold' })
    if (span.italic) marks.push({ type: 'italic' })
    if (span.href) marks.push({ type: 'link', attrs: { href: span.href } })
    span.text.split('\n').forEach((piece, i) => {
      // The break carries the span's marks, so a bold line break comes back inside one bold span.
      if (i > 0) out.push({ type: 'hardBreak', ...(marks.length ? { marks } : {}) })
      if (piece) out.push({ type: 'text', text: piece, ...(marks.length ? { marks } : {}) })
    })
  }
  return out
}

const paragraph = (spans: Inline): PmNode => {
  const content = inlineToPm(spans)
  return { type: 'paragraph', ...(content.length ? { content } : {}) }
}

function blockToPm(block: Block): PmNode {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block.content)
    case 'heading': {
      const content = inlineToPm(block.content)
      return { type: 'heading', attrs: { level: block.level }, ...(content.length ? { content } : {}) }
    }
    case 'quote':
      return {
        type: 'blockquote',
        attrs: { attribution: block.attribution },
        content: block.paragraphs.map(paragraph),
      }
    case 'list':
      return {
        type: block.ordered ? 'orderedList' : 'bulletList',
        content: block.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
      }
    case 'figure':
      return {
        type: 'figure',
        attrs: { assetId: block.assetId, caption: block.caption, credit: block.credit, alt: block.alt },
      }
  }
}

/** A body as the editor's document. */
export function toEditorDocument(body: Body): PmNode {
  const content = body.map(blockToPm)
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] }
}

/** The spans of an inline run: text with the marks we keep; hard breaks as `\n`; anything else by its text. */
function pmInline(nodes: readonly PmNode[] | undefined): Inline {
  const spans: Span[] = []
  const walk = (list: readonly PmNode[] | undefined) => {
    for (const node of list ?? []) {
      if ((node.type === 'text' && typeof node.text === 'string') || node.type === 'hardBreak') {
        const span: Span = { text: node.type === 'hardBreak' ? '\n' : node.text! }
        for (const mark of node.marks ?? []) {
          if (mark.type === 'bold') span.bold = true
          else if (mark.type === 'italic') span.italic = true
          else if (
            mark.type === 'link' &&
            typeof mark.attrs?.href === 'string' &&
            isSafeHref(mark.attrs.href)
          )
            span.href = mark.attrs.href.trim()
        }
        spans.push(span)
      } else walk(node.content)
    }
  }
  walk(nodes)
  return tidyInline(spans)
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** The editor's document as a body (see the module note for what is folded or dropped). */
export function fromEditorDocument(doc: PmNode): Body {
  const body: Body = []
  const addParagraph = (spans: Inline) => {
    if (spans.length) body.push({ type: 'paragraph', content: spans })
  }
  const listItems = (list: PmNode): Inline[] =>
    (list.content ?? []).flatMap((item) =>
      (item.content ?? []).flatMap((child) =>
        child.type === 'bulletList' || child.type === 'orderedList'
          ? listItems(child)
          : [pmInline(child.type === 'paragraph' || child.type === 'heading' ? child.content : [child])],
      ),
    )
  const visit = (node: PmNode) => {
    switch (node.type) {
      case 'paragraph':
        return addParagraph(pmInline(node.content))
      case 'heading': {
        const spans = pmInline(node.content)
        const level = Number(node.attrs?.level ?? 2)
        if (spans.length) body.push({ type: 'heading', level: level >= 3 ? 3 : 2, content: spans })
        return
      }
      case 'blockquote': {
        const paragraphs = (node.content ?? []).map((p) => pmInline(p.content ?? [p])).filter((p) => p.length)
        if (paragraphs.length)
          body.push({ type: 'quote', paragraphs, attribution: text(node.attrs?.attribution).trim() })
        return
      }
      case 'bulletList':
      case 'orderedList': {
        const items = listItems(node).filter((i) => i.length)
        if (items.length) body.push({ type: 'list', ordered: node.type === 'orderedList', items })
        return
      }
      case 'figure': {
        const assetId = Number(node.attrs?.assetId)
        if (Number.isInteger(assetId) && assetId > 0)
          body.push({
            type: 'figure',
            assetId,
            caption: text(node.attrs?.caption),
            credit: text(node.attrs?.credit),
            alt: text(node.attrs?.alt),
          })
        return
      }
      default:
        // A node we have no block for (a table, a code block, a horizontal rule …): its text, as paragraphs.
        if (node.content?.some((c) => c.type === 'text' || c.type === 'hardBreak'))
          addParagraph(pmInline(node.content))
        else for (const child of node.content ?? []) visit(child)
    }
  }
  for (const node of doc.content ?? []) visit(node)
  return body
}
