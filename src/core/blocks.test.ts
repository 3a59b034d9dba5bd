import { describe, expect, it } from 'vitest'
import { bodyAssetIds, bodySchema, bodyText, wordCount, type Block } from './blocks.ts'

const body: Block[] = [
  { type: 'heading', level: 2, content: [{ text: 'After the flood' }] },
  {
    type: 'paragraph',
    content: [{ text: 'Boats ' }, { text: 'returned', bold: true }, { text: ' at dawn.' }],
  },
  { type: 'figure', assetId: 5, caption: 'The ghat at dawn', credit: 'Photo: Desk', alt: 'Boats moored' },
  {
    type: 'quote',
    paragraphs: [[{ text: 'We waited a week.' }], [{ text: 'Now we can work.' }]],
    attribution: 'A boatman',
  },
  { type: 'list', ordered: false, items: [[{ text: 'Barishal' }], [{ text: 'Bhola' }]] },
  { type: 'figure', assetId: 2, caption: '', credit: '', alt: '' },
  { type: 'figure', assetId: 5, caption: '', credit: '', alt: '' },
]

describe('bodyText()', () => {
  it('gives the reader-visible text, one block a line, captions included and credits left out', () => {
    expect(bodyText(body)).toBe(
      [
        'After the flood',
        'Boats returned at dawn.',
        'The ghat at dawn',
        'We waited a week.',
        'Now we can work.',
        'A boatman',
        'Barishal',
        'Bhola',
      ].join('\n'),
    )
  })

  it('leaves out a quote without attribution and blocks without text', () => {
    expect(
      bodyText([
        { type: 'quote', paragraphs: [[{ text: 'Only words.' }]], attribution: '' },
        { type: 'paragraph', content: [] },
        { type: 'figure', assetId: 1, caption: '', credit: 'Photo', alt: 'Alt text' },
      ]),
    ).toBe('Only words.')
    expect(bodyText([])).toBe('')
  })
})

describe('bodyAssetIds()', () => {
  it('lists the pictures a body shows, in order, each once', () => {
    expect(bodyAssetIds(body)).toEqual([5, 2])
    expect(bodyAssetIds([])).toEqual([])
  })
})

describe('wordCount()', () => {
  it('counts words separated by any whitespace', () => {
    expect(wordCount('Boats returned\tat\n dawn.')).toBe(4)
    expect(wordCount('  ')).toBe(0)
    expect(wordCount('')).toBe(0)
  })

  it('counts Bengali words', () => {
    expect(wordCount('নদীর পাড়ে নতুন বাঁধ')).toBe(4)
  })

  it('counts the words of a body', () => {
    expect(wordCount(bodyText(body))).toBe(23)
  })
})

describe('bodySchema', () => {
  it('fills in figure and quote defaults', () => {
    expect(
      bodySchema.parse([
        { type: 'figure', assetId: 3 },
        { type: 'quote', paragraphs: [[{ text: 'Yes.' }]] },
      ]),
    ).toEqual([
      { type: 'figure', assetId: 3, caption: '', credit: '', alt: '' },
      { type: 'quote', paragraphs: [[{ text: 'Yes.' }]], attribution: '' },
    ])
  })

  it('refuses a level-1 heading, an empty list and an unknown block type', () => {
    expect(bodySchema.safeParse([{ type: 'heading', level: 1, content: [] }]).success).toBe(false)
    expect(bodySchema.safeParse([{ type: 'list', ordered: true, items: [] }]).success).toBe(false)
    expect(bodySchema.safeParse([{ type: 'html', value: '<p>x</p>' }]).success).toBe(false)
  })
})
