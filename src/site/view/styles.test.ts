import { describe, expect, it } from 'vitest'
import { minifyCss, siteCss } from './styles.ts'

describe('minifyCss()', () => {
  it('drops comments and the space around punctuation', () => {
    expect(minifyCss('/* why */\na > b {\n  color: red;\n  margin: 0 auto;\n}\n')).toBe(
      'a>b{color:red;margin:0 auto}',
    )
  })

  it('keeps a line break inside a value as a space', () => {
    expect(minifyCss('p {\n  background: url(a.png) left / 2rem no-repeat\n    local;\n}')).toBe(
      'p{background:url(a.png) left / 2rem no-repeat local}',
    )
  })

  it('leaves quoted text in the print stylesheet alone', () => {
    expect(siteCss).toContain(`content:' (' attr(href) ')'`)
  })
})
