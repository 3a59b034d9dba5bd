const SINGLE_P = /^\s*<p(?:\s[^>]*)?>([\s\S]*)<\/p>\s*$/
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|ul|ol|li|table|blockquote|figure|section|pre)\b/i
const BULLET = /^[*•-]\s+/

/**
 * A body that is one `<p>` holding a whole story laid out as plain text (Reuters' market reports: a paragraph starts
 * on an indented line or after a blank line; other line breaks are soft wraps) rewritten as one `<p>` per
 * paragraph, and runs of "* " lines as a list. Null when the body is not like that, so it is read as it is.
 * Indentation counts only when some lines are not indented: a pretty-printer that indents every line says nothing.
 */
export function preformattedAsHtml(xhtml: string): string | null {
  const inner = SINGLE_P.exec(bodyOf(xhtml))?.[1]
  if (inner === undefined || BLOCK_TAG.test(inner)) return null
  const lines = inner.split('\n')
  if (lines.length < 4) return null
  const indents = lines.slice(1).flatMap((l) => (l.trim() ? [indentOf(l)] : []))
  // reduce, not Math.min(...): a long body has more lines than a call has room for arguments.
  const base = indents.reduce((a, b) => Math.min(a, b), Infinity)
  const hasBlank = lines.some((l, i) => i > 0 && i < lines.length - 1 && !l.trim())
  if (!hasBlank && !indents.some((n) => n > base)) return null

  const paragraphs: string[][] = [[]]
  lines.forEach((line, i) => {
    const startsParagraph = !line.trim() || (i > 0 && indentOf(line) > base)
    if (startsParagraph && paragraphs.at(-1)!.length) paragraphs.push([])
    if (line.trim()) paragraphs.at(-1)!.push(line.trim())
  })
  return toHtml(paragraphs.filter((p) => p.length).map((p) => p.join(' ')))
}

/** What is inside `<body>`, or the markup without its `<head>` and `<html>` tags. */
function bodyOf(xhtml: string): string {
  const body = /<body(?=[\s>])[^>]*>([\s\S]*)<\/body\s*>/.exec(xhtml)
  if (body) return body[1]!
  return xhtml.replace(/<head(?=[\s>])[^>]*>[\s\S]*?<\/head\s*>/, '').replace(/<\/?html(?=[\s>])[^>]*>/g, '')
}

function indentOf(line: string): number {
  return line.length - line.replace(/^[ \t\u00a0]+/, '').length
}

function toHtml(paragraphs: string[]): string {
  let html = ''
  let inList = false
  for (const paragraph of paragraphs) {
    const bullet = BULLET.test(paragraph)
    if (bullet !== inList) html += bullet ? '<ul>' : '</ul>'
    inList = bullet
    html += bullet ? `<li>${paragraph.replace(BULLET, '')}</li>` : `<p>${paragraph}</p>`
  }
  return inList ? `${html}</ul>` : html
}
