import { describe, expect, it } from 'vitest'
import { htmlToBlocks } from './html-to-blocks.ts'

const blocks = (html: string, options?: Parameters<typeof htmlToBlocks>[1]) =>
  htmlToBlocks(html, options).blocks
const para = (text: string) => ({ type: 'paragraph', content: [{ text }] })

describe('htmlToBlocks() mapping', () => {
  it('maps p to paragraphs and drops empty ones', () => {
    expect(blocks('<p>First.</p><p> </p><p>&nbsp;</p><p>Second.</p>')).toEqual([
      para('First.'),
      para('Second.'),
    ])
  })

  it('maps h1 and h2 to level 2, h3 to h6 to level 3', () => {
    expect(
      blocks('<h1>A</h1><h2>B</h2><h3>C</h3><h6>D</h6>').map((b) => b.type === 'heading' && b.level),
    ).toEqual([2, 2, 3, 3])
  })

  it('drops a leading h1 equal to the headline, and only that one', () => {
    const html = '<article><h1> Harbour  reopens </h1><p>Text.</p><h1>Harbour reopens</h1></article>'
    expect(blocks(html, { dropHeadline: 'Harbour reopens' })).toEqual([
      para('Text.'),
      { type: 'heading', level: 2, content: [{ text: 'Harbour reopens' }] },
    ])
    expect(blocks('<h1>Other title</h1>', { dropHeadline: 'Harbour reopens' })).toHaveLength(1)
    expect(blocks('<p>Lead.</p><h1>Harbour reopens</h1>', { dropHeadline: 'Harbour reopens' })).toHaveLength(
      2,
    )
  })

  it('maps blockquote to a quote with paragraphs and a cite or footer attribution', () => {
    expect(
      blocks(
        '<blockquote><p>We sail at dawn.</p><p>Weather permitting.</p><footer>— Harbour master</footer></blockquote>',
      ),
    ).toEqual([
      {
        type: 'quote',
        paragraphs: [[{ text: 'We sail at dawn.' }], [{ text: 'Weather permitting.' }]],
        attribution: 'Harbour master',
      },
    ])
    expect(blocks('<blockquote>Loose words here. <cite>A ferry captain</cite></blockquote>')).toEqual([
      { type: 'quote', paragraphs: [[{ text: 'Loose words here.' }]], attribution: 'A ferry captain' },
    ])
    expect(blocks('<blockquote><p>Quoted.</p><p>– <cite>Someone</cite></p></blockquote>')).toEqual([
      { type: 'quote', paragraphs: [[{ text: 'Quoted.' }]], attribution: 'Someone' },
    ])
  })

  it('treats a figure around a blockquote as a pull quote attributed by its figcaption', () => {
    expect(
      blocks(
        '<figure><blockquote>Tides wait for no one.</blockquote><figcaption>— Old saying</figcaption></figure>',
      ),
    ).toEqual([
      { type: 'quote', paragraphs: [[{ text: 'Tides wait for no one.' }]], attribution: 'Old saying' },
    ])
  })

  it('maps ul and ol to lists, flattening nested lists and joining paragraphs inside an item', () => {
    expect(
      blocks(
        '<ul><li>Nets</li><li>Rope<ul><li>Long</li></ul></li><li><p>Tar</p><p>Pitch</p></li><li> </li></ul><ol><li>One</ol>',
      ),
    ).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [[{ text: 'Nets' }], [{ text: 'Rope' }], [{ text: 'Long' }], [{ text: 'Tar\nPitch' }]],
      },
      { type: 'list', ordered: true, items: [[{ text: 'One' }]] },
    ])
  })

  it('maps a figure to a figure reference with caption, credit and alt', () => {
    const html =
      '<figure><img src="https://img.example/boat.jpg" alt="A red boat"><div class="credit">Photo: Lena Ström</div>' +
      '<figcaption>The boat at the quay.</figcaption></figure>'
    expect(blocks(html)).toEqual([
      {
        type: 'figure-ref',
        image: {
          href: 'https://img.example/boat.jpg',
          caption: 'The boat at the quay.',
          credit: 'Photo: Lena Ström',
          alt: 'A red boat',
        },
      },
    ])
  })

  it('prefers data-preview-src, keeps relative sources and falls back to the caption for alt', () => {
    const html =
      '<figure><img src="small.jpg" data-preview-src="https://img.example/big.jpg"><figcaption>Quay</figcaption></figure><img src="pics/a.png">'
    expect(blocks(html)).toEqual([
      {
        type: 'figure-ref',
        image: { href: 'https://img.example/big.jpg', caption: 'Quay', credit: '', alt: 'Quay' },
      },
      { type: 'figure-ref', image: { href: 'pics/a.png', caption: '', credit: '', alt: '' } },
    ])
  })

  it('asks resolveImage first and keeps the figure’s own caption over the resolver’s', () => {
    const seen: unknown[] = []
    const result = blocks(
      '<figure><img src="t.jpg" data-assoc-ref="p1"><figcaption>Story caption</figcaption></figure>',
      {
        resolveImage: (img) => {
          seen.push(img)
          return {
            href: 'https://img.example/full.jpg',
            caption: 'Agency caption',
            credit: 'Agency',
            alt: '',
            uri: 'urn:p1',
          }
        },
      },
    )
    expect(seen).toEqual([{ src: 't.jpg', attributes: { src: 't.jpg', 'data-assoc-ref': 'p1' } }])
    expect(result).toEqual([
      {
        type: 'figure-ref',
        image: {
          href: 'https://img.example/full.jpg',
          caption: 'Story caption',
          credit: 'Agency',
          alt: 'Story caption',
          uri: 'urn:p1',
        },
      },
    ])
  })

  it('maps bold, italic, safe links and line breaks to marks', () => {
    expect(
      blocks(
        '<p><b>Bold</b> <strong>strong</strong> <i>it</i> <em>em</em> <a href="https://x.example/">link</a><br>next</p>',
      ),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'Bold', bold: true },
          { text: ' ' },
          { text: 'strong', bold: true },
          { text: ' ' },
          { text: 'it', italic: true },
          { text: ' ' },
          { text: 'em', italic: true },
          { text: ' ' },
          { text: 'link', href: 'https://x.example/' },
          { text: '\nnext' },
        ],
      },
    ])
  })

  it('turns source newlines into spaces and splits paragraphs at double breaks', () => {
    expect(blocks('<p>one\ntwo<br><br>three</p>')).toEqual([para('one two'), para('three')])
  })

  it('makes loose text in containers its own paragraph and treats div, section, span as transparent', () => {
    expect(blocks('Loose <span>words</span><section><div>Inner<p>Para</p>tail</div></section>')).toEqual([
      para('Loose words'),
      para('Inner'),
      para('Para'),
      para('tail'),
    ])
  })

  it('turns table rows into paragraphs of cells', () => {
    expect(
      blocks(
        '<table><thead><tr><th>Port</th><th>Ships</th></tr></thead><tbody><tr><td>North</td><td><b>12</b></td></tr></tbody></table>',
      ),
    ).toEqual([
      para('Port – Ships'),
      { type: 'paragraph', content: [{ text: 'North – ' }, { text: '12', bold: true }] },
    ])
  })

  it('drops TT’s metadata line', () => {
    expect(blocks('<div class="dat"><span>Sport</span><span>TT</span></div><p>Text.</p>')).toEqual([
      para('Text.'),
    ])
  })
})

describe('htmlToBlocks() with hostile input', () => {
  it('drops script, style, iframe, object, embed, form, noscript and template with their content', () => {
    const html =
      '<script>alert(1)</script><style>p{}</style><iframe src="https://evil.example">frame</iframe><object>obj</object>' +
      '<embed src="x.swf"><form><p>form text</p></form><noscript><p>ns</p></noscript><template><p>tpl</p></template><p>Kept.</p>'
    expect(blocks(html)).toEqual([para('Kept.')])
  })

  it('keeps the text of javascript:, data: and relative links but not the link', () => {
    expect(
      blocks(
        '<p><a href="javascript:alert(1)">a</a> <a href="java\tscript:x">b</a> <a href="data:text/html,x">c</a> <a href="/local">d</a> <a href="mailto:desk@example.org">e</a></p>',
      ),
    ).toEqual([
      { type: 'paragraph', content: [{ text: 'a b c d ' }, { text: 'e', href: 'mailto:desk@example.org' }] },
    ])
  })

  it('drops images with data:, javascript: or protocol-relative sources, with a warning', () => {
    const result = htmlToBlocks(
      '<img src="data:image/png;base64,AAAA" onerror="alert(1)"><img src="javascript:x"><img src="//evil.example/x.png"><img data-preview-src="javascript:x" src="ok.jpg">',
    )
    expect(result.blocks).toEqual([
      { type: 'figure-ref', image: { href: 'ok.jpg', caption: '', credit: '', alt: '' } },
    ])
    expect(result.warnings).toHaveLength(3)
  })

  it('ignores event handlers, style attributes and classes', () => {
    expect(blocks('<p onclick="x()" style="color:red" class="lead" onmouseover="y()">Hi</p>')).toEqual([
      para('Hi'),
    ])
  })

  it('survives nested and unclosed tags', () => {
    expect(blocks('<p>open <b>bold <i>both</p><p>next')).toEqual([
      {
        type: 'paragraph',
        content: [
          { text: 'open ' },
          { text: 'bold ', bold: true },
          { text: 'both', bold: true, italic: true },
        ],
      },
      para('next'),
    ])
    expect(blocks('<ul><li>a<li>b</ul></div></span><blockquote><p>q')).toEqual([
      { type: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b' }]] },
      { type: 'quote', paragraphs: [[{ text: 'q' }]], attribution: '' },
    ])
  })

  it('handles 1 MB of nested divs without deep recursion', () => {
    const depth = 100_000
    const html = '<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth)
    expect(html.length).toBeGreaterThan(1_000_000)
    const started = performance.now()
    const result = htmlToBlocks(html)
    expect(result.blocks).toEqual([para('deep')])
    expect(result.warnings[0]).toMatch(/^Removed \d+ tags nested deeper/)
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('handles deep unclosed inline nesting', () => {
    const result = htmlToBlocks('<b><i><span>'.repeat(50_000) + 'x')
    expect(result.blocks).toEqual([{ type: 'paragraph', content: [{ text: 'x', bold: true, italic: true }] }])
  })
})

describe('htmlToBlocks() entities and typography', () => {
  it('decodes named and numeric entities once', () => {
    expect(
      blocks(
        '<p>R&auml;ksm&ouml;rg&aring;s &mdash; &#8217;s &#x201C;q&#x201D; &hellip; &amp; &lt;tag&gt;</p>',
      ),
    ).toEqual([para('Räksmörgås — ’s “q” … & <tag>')])
  })

  it('keeps double-escaped entities as visible text', () => {
    expect(blocks('<p>It&amp;#8217;s &amp;amp; done</p>')).toEqual([para('It&#8217;s &amp; done')])
  })

  it('keeps typographic characters and non-breaking spaces', () => {
    expect(blocks('<p>“Hej” – sa hon. 25&nbsp;000 kr, 10\u2009%</p>')).toEqual([
      para('“Hej” – sa hon. 25\u00a0000 kr, 10\u2009%'),
    ])
  })

  it('leaves unknown entities as they are', () => {
    expect(blocks('<p>a &tstr; b</p>')).toEqual([para('a &tstr; b')])
  })
})
