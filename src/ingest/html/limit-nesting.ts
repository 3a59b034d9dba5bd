import { Tokenizer } from 'htmlparser2'
import type { TokenizerCallbacks } from 'htmlparser2'

/**
 * Removes the tags (not the text) of elements nested deeper than `maxDepth`.
 *
 * htmlparser2's Parser keeps its open-element stack with `unshift`, so a document of 100,000 nested divs costs it
 * quadratic time (seconds per megabyte), and sanitize-html runs that Parser before anything else can look. This pass
 * uses only the linear Tokenizer and mirrors the Parser's nesting rules closely enough (void elements, implied closes
 * of p/li/td/…, self-closing inside svg and math) that ordinary documents come through byte for byte.
 */
export function limitNesting(html: string, maxDepth: number): { html: string; removedTags: number } {
  const cuts: Array<[number, number]> = []
  const stack: OpenElement[] = []
  let foreign = 0
  let name = ''
  let tagStart = -1

  const open = (end: number, selfClosing: boolean): void => {
    const closes = IMPLIED_CLOSE.get(name)
    while (closes && stack.length && closes.has(stack.at(-1)!.name)) stack.pop()
    if (VOID.has(name) || (selfClosing && foreign > 0)) return
    const cut = stack.length >= maxDepth
    if (cut) cuts.push([tagStart, end + 1])
    else if (FOREIGN.has(name)) foreign++
    stack.push({ name, cut })
  }

  const callbacks: TokenizerCallbacks = {
    ...IGNORED,
    onopentagname(start, end) {
      name = html.slice(start, end).toLowerCase()
      tagStart = html.lastIndexOf('<', start)
    },
    onopentagend: (end) => open(end, false),
    onselfclosingtag: (end) => open(end, true),
    onclosetag(start, end) {
      const closing = html.slice(start, end).toLowerCase()
      // Look only near the top, so a flood of unmatched end tags stays linear; the Parser ignores those too.
      const floor = Math.max(0, stack.length - SEARCH_WINDOW)
      for (let i = stack.length - 1; i >= floor; i--) {
        if (stack[i]!.name !== closing) continue
        const closed = stack.splice(i)
        if (closed[0]!.cut)
          cuts.push([html.lastIndexOf('<', start), html.indexOf('>', end) + 1 || html.length])
        foreign -= closed.filter((e) => !e.cut && FOREIGN.has(e.name)).length
        return
      }
    },
  }
  const tokenizer = new Tokenizer({ decodeEntities: false }, callbacks)
  tokenizer.write(html)
  tokenizer.end()
  return { html: cuts.length ? removeRanges(html, cuts) : html, removedTags: cuts.length }
}

interface OpenElement {
  name: string
  cut: boolean
}

const SEARCH_WINDOW = 256

function removeRanges(html: string, ranges: Array<[number, number]>): string {
  ranges.sort((a, b) => a[0] - b[0])
  let out = ''
  let at = 0
  for (const [start, end] of ranges) {
    if (start < at) continue
    out += html.slice(at, start)
    at = end
  }
  return out + html.slice(at)
}

const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
)
const FOREIGN = new Set(['svg', 'math'])

const P_ONLY = new Set(['p'])
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'])
/** Opening the key closes the open element on top of the stack while it is one of the values, as the Parser does. */
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM_TAGS] as const),
  ...(
    'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form ' +
    'header hr main nav ol pre section table ul'
  )
    .split(' ')
    .map((t) => [t, P_ONLY] as const),
])

const noop = (): void => {}
const IGNORED: TokenizerCallbacks = {
  onattribdata: noop,
  onattribentity: noop,
  onattribend: noop,
  onattribname: noop,
  oncdata: noop,
  onclosetag: noop,
  oncomment: noop,
  ondeclaration: noop,
  onend: noop,
  onopentagend: noop,
  onopentagname: noop,
  onprocessinginstruction: noop,
  onselfclosingtag: noop,
  ontext: noop,
  ontextentity: noop,
}
