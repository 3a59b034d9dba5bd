import fc from 'fast-check'
import { describe, it } from 'vitest'
import { blockSchema } from '../../core/blocks.ts'
import { isSafeHref } from '../../core/inline.ts'
import type { WireBlock } from '../../core/normalized-item.ts'
import { htmlToBlocks } from './html-to-blocks.ts'

const TOKENS = [
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<b>',
  '</b>',
  '<i>',
  '<em>',
  '<br>',
  '<h1>',
  '<h3>',
  '</h3>',
  '<blockquote>',
  '</blockquote>',
  '<cite>',
  '<footer>',
  '<ul>',
  '<ol>',
  '<li>',
  '</li>',
  '</ul>',
  '<table>',
  '<tr>',
  '<td>',
  '<th>',
  '<figure>',
  '<figcaption>',
  '</figure>',
  '<img src="a.jpg">',
  '<img src="javascript:x">',
  '<a href="https://x/">',
  '<a href="javascript:alert(1)">',
  '</a>',
  '<script>',
  '</script>',
  '<style>',
  '<iframe>',
  '<span class="credit">',
  '&nbsp;',
  '&amp;#8217;',
  '&mdash;',
  '\n',
  ' ',
  'word',
  '“q”',
  '<!--',
  '-->',
  '<',
  '>',
  '&',
]
const htmlish = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 5 })), { maxLength: 60 })
  .map((t) => t.join(''))

function wellFormed(blocks: WireBlock[]): boolean {
  return blocks.every((block) => {
    if (block.type === 'figure-ref') return Boolean(block.image.href)
    const spans = JSON.stringify(block).match(/"href":"[^"]*"/g) ?? []
    return blockSchema.safeParse(block).success && spans.every((s) => isSafeHref(JSON.parse(`{${s}}`).href))
  })
}

describe('htmlToBlocks() property', () => {
  it('never throws and only makes valid blocks with safe links', () => {
    fc.assert(
      fc.property(htmlish, (html) => wellFormed(htmlToBlocks(html).blocks)),
      { numRuns: 1000 },
    )
  })
})
