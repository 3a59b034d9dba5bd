import { describe, expect, it } from 'vitest'
import { limitNesting } from './limit-nesting.ts'

describe('limitNesting()', () => {
  it('leaves ordinary documents untouched', () => {
    const html =
      '<div a="x>y"><p>a<p>b</ br><svg><path/><path/></svg><ul><li>1<li>2</ul><img src=x><br/></div >'
    expect(limitNesting(html, 3)).toEqual({ html, removedTags: 0 })
  })

  it('removes the tags but keeps the text of elements nested too deep', () => {
    expect(limitNesting('<div><b><i>deep</i></b></div>', 2)).toEqual({
      html: '<div><b>deep</b></div>',
      removedTags: 2,
    })
  })

  it('counts unmatched end tags as nothing', () => {
    expect(limitNesting('</span></div><div><div>x</div></div>', 1).html).toBe('</span></div><div>x</div>')
  })
})
