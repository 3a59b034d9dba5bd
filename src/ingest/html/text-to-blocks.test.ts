import { describe, expect, it } from 'vitest'
import { textToBlocks } from './text-to-blocks.ts'

const para = (text: string) => ({ type: 'paragraph', content: [{ text }] })

describe('textToBlocks()', () => {
  it('splits at blank lines and joins soft-wrapped lines', () => {
    expect(textToBlocks('First line\nwraps here.\r\n\r\n  Second   one.\n \n\nThird.')).toEqual([
      para('First line wraps here.'),
      para('Second one.'),
      para('Third.'),
    ])
  })

  it('splits at every line break when the text has no blank line', () => {
    expect(textToBlocks('One.\nTwo.\n– Three.')).toEqual([para('One.'), para('Two.'), para('– Three.')])
  })

  it('drops a first paragraph equal to the headline', () => {
    expect(textToBlocks('Ferry strike ends\nText.', { dropHeadline: 'Ferry strike ends' })).toEqual([
      para('Text.'),
    ])
  })

  it('returns nothing for blank text', () => {
    expect(textToBlocks(' \n\n \t')).toEqual([])
  })
})
