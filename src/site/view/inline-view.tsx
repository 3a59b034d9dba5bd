import type { Span } from '../../core/inline.ts'
import { isSafeHref } from '../../core/inline.ts'
import type { ComponentChildren } from 'preact'

function withBreaks(text: string): ComponentChildren {
  if (!text.includes('\n')) return text
  return text.split('\n').flatMap((part, i) => (i === 0 ? [part] : [<br />, part]))
}

/** Inline spans as HTML: bold, italic and safe links. Text is escaped by the renderer. */
export function InlineView({ spans }: { spans: readonly Span[] }) {
  return (
    <>
      {spans.map((span) => {
        let node: ComponentChildren = withBreaks(span.text)
        if (span.italic) node = <em>{node}</em>
        if (span.bold) node = <strong>{node}</strong>
        if (span.href && isSafeHref(span.href)) node = <a href={span.href}>{node}</a>
        return node
      })}
    </>
  )
}
