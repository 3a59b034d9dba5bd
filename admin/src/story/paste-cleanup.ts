/**
 * Pasted HTML, made plain before the editor reads it. The editor's schema drops what Dateline's blocks cannot hold
 * (tables, foreign pictures, unknown tags); this turns the ways other programs say "bold" and "italic" into the tags
 * the schema reads, and removes styles, classes, scripts and handlers outright:
 * - Google Docs wraps a whole copy in `<b style="font-weight:normal">` and marks emphasis with span styles
 *   (`font-weight:700`, `font-style:italic`); left alone, everything would paste bold and nothing italic.
 * - Word and web pages use the same styles on spans now and then.
 * Styles are read from the `style` attribute's text, not from `element.style`: under the app's CSP (no inline styles)
 * the browser never applies them, so `element.style` is empty (which is also why the editor's own style rules miss).
 * Written by hand: the pasted markup is already parsed by the browser's own DOMParser, and the rule is a few lines.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const heavy = (weight: string) => weight === 'bold' || weight === 'bolder' || Number(weight) >= 600
  const styleOf = (el: Element, name: string) =>
    new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;!]+)`, 'i')
      .exec(el.getAttribute('style') ?? '')?.[1]
      ?.trim() ?? ''

  for (const el of [...doc.body.querySelectorAll<HTMLElement>('b, strong')]) {
    const weight = styleOf(el, 'font-weight')
    if (weight && !heavy(weight)) el.replaceWith(...el.childNodes)
  }
  for (const el of [...doc.body.querySelectorAll<HTMLElement>('span[style]')]) {
    let inner: Node[] = [...el.childNodes]
    const wrap = (tag: string) => {
      const wrapper = doc.createElement(tag)
      wrapper.append(...inner)
      inner = [wrapper]
    }
    if (heavy(styleOf(el, 'font-weight'))) wrap('strong')
    if (styleOf(el, 'font-style') === 'italic') wrap('em')
    el.replaceWith(...inner)
  }
  // What the schema would drop anyway goes now, so the editor's own parse of it never meets an inline style or
  // handler (the CSP refuses them, and says so in the console each time).
  for (const el of [...doc.body.querySelectorAll('script, style, link, meta, template')]) el.remove()
  for (const el of [...doc.body.querySelectorAll('*')]) {
    for (const { name } of [...el.attributes]) {
      if (name === 'style' || name.startsWith('on') || name === 'class') el.removeAttribute(name)
    }
  }
  return doc.body.innerHTML
}
