import { describe, expect, it } from 'vitest'
import { preformattedAsHtml } from './newsml-preformatted.ts'

describe('preformattedAsHtml()', () => {
  it('splits one <p> at indented lines and blank lines, joins soft wraps, and turns "*" lines into a list', () => {
    const body = [
      '<html><head><title/></head><body><p>(Adds detail)',
      '    * First point',
      '    * Second point',
      '',
      '    By A. Writer',
      '    The river rose on Monday',
      'and the ferry stopped.',
      '    "It was sudden," she said.</p></body></html>',
    ].join('\n')
    expect(preformattedAsHtml(body)).toBe(
      '<p>(Adds detail)</p><ul><li>First point</li><li>Second point</li></ul><p>By A. Writer</p>' +
        '<p>The river rose on Monday and the ferry stopped.</p><p>"It was sudden," she said.</p>',
    )
  })

  it('leaves alone bodies that are not one preformatted paragraph', () => {
    // Several paragraphs; one paragraph a pretty-printer indented evenly; a short one; one with markup blocks.
    expect(preformattedAsHtml('<p>One</p>\n<p>Two</p>\n<p>Three</p>\n<p>Four</p>')).toBeNull()
    expect(
      preformattedAsHtml('<p>\n      A long line\n      wrapped by the\n      pretty printer\n    </p>'),
    ).toBeNull()
    expect(preformattedAsHtml('<p>Short\n  text</p>')).toBeNull()
    expect(preformattedAsHtml('<p>a\n  b<br/>\n  c\n\n  d</p>')).toBeNull()
  })
})
