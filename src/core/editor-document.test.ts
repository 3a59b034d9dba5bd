import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bodySchema, type Body } from './blocks.ts'
import { fromEditorDocument, toEditorDocument, type PmNode } from './editor-document.ts'
import { tidyInline, type Inline } from './inline.ts'

const word = fc.stringMatching(/^[A-Za-z\u0980-\u09FF]{1,8}$/)
const spanArb = fc.record(
  {
    text: fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
    bold: fc.constant(true as const),
    italic: fc.constant(true as const),
    href: fc.constantFrom('https://example.com/a', 'mailto:desk@example.com'),
  },
  { requiredKeys: ['text'] },
)
/** Inline content as the store keeps it: tidied (neighbours with equal marks joined, no stray spaces). */
const inlineArb = fc
  .array(spanArb, { minLength: 1, maxLength: 4 })
  .map((spans) => tidyInline(spans.map((s, i) => (i ? { ...s, text: ` ${s.text}` } : s))))
  .filter((spans): spans is Inline => spans.length > 0)
const blockArb = fc.oneof(
  inlineArb.map((content) => ({ type: 'paragraph' as const, content })),
  fc.record({
    type: fc.constant('heading' as const),
    level: fc.constantFrom(2 as const, 3 as const),
    content: inlineArb,
  }),
  fc.record({
    type: fc.constant('quote' as const),
    paragraphs: fc.array(inlineArb, { minLength: 1, maxLength: 3 }),
    attribution: fc.constantFrom('', 'A ferry captain'),
  }),
  fc.record({
    type: fc.constant('list' as const),
    ordered: fc.boolean(),
    items: fc.array(inlineArb, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    type: fc.constant('figure' as const),
    assetId: fc.integer({ min: 1, max: 1000 }),
    caption: fc.constantFrom('', 'Boats at the ghat'),
    credit: fc.constantFrom('', 'Photo: Desk'),
    alt: fc.constantFrom('', 'Three boats'),
  }),
)

describe('the editor document', () => {
  it('round-trips every body unchanged', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 8 }), (blocks) => {
        const body = bodySchema.parse(blocks) as Body
        expect(fromEditorDocument(JSON.parse(JSON.stringify(toEditorDocument(body))) as PmNode)).toEqual(body)
      }),
    )
  })

  it('writes line breaks as hard breaks and marks as Tiptap names them', () => {
    const doc = toEditorDocument([
      {
        type: 'paragraph',
        content: [
          { text: 'One\nTwo', bold: true },
          { text: ' site', href: 'https://example.com' },
        ],
      },
    ])
    expect(doc.content![0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'One', marks: [{ type: 'bold' }] },
        { type: 'hardBreak', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'Two', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' site', marks: [{ type: 'link', attrs: { href: 'https://example.com' } }] },
      ],
    })
    expect(fromEditorDocument(doc)).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'One\nTwo', bold: true },
          { text: ' site', href: 'https://example.com' },
        ],
      },
    ])
    expect(toEditorDocument([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })

  it('folds what a pasted document brings into the blocks Dateline has', () => {
    const pasted: PmNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] },
        { type: 'heading', attrs: { level: 5 }, content: [{ type: 'text', text: 'Small' }] },
        { type: 'paragraph' },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Code ', marks: [{ type: 'code' }, { type: 'strike' }] },
            { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'Outer' }] },
                {
                  type: 'orderedList',
                  content: [
                    {
                      type: 'listItem',
                      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Inner' }] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: 'let x = 1' }] },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cell' }] }],
                },
              ],
            },
          ],
        },
        { type: 'horizontalRule' },
        { type: 'figure', attrs: { assetId: 'not a number' } },
      ],
    }
    expect(fromEditorDocument(pasted)).toEqual([
      { type: 'heading', level: 2, content: [{ text: 'Title' }] },
      { type: 'heading', level: 3, content: [{ text: 'Small' }] },
      { type: 'paragraph', content: [{ text: 'Code link' }] },
      { type: 'list', ordered: false, items: [[{ text: 'Outer' }], [{ text: 'Inner' }]] },
      { type: 'paragraph', content: [{ text: 'let x = 1' }] },
      { type: 'paragraph', content: [{ text: 'Cell' }] },
    ])
  })
})
