import sanitizeHtml from 'sanitize-html'
const opts = {
  allowedTags: ['p','h1','h2','h3','h4','h5','h6','blockquote','ul','ol','li','figure','figcaption','img','a','b','strong','i','em','br','div','span','section','article','cite','small','table','tr','td','th','footer'],
  allowedAttributes: { a: ['href'], img: ['src','alt','data-preview-src','data-assoc-ref','data-uri','uri','width','height'], div: ['class'], span: ['class'] },
  allowedClasses: { div: ['byline','credit','dat'], span: ['byline','credit'] },
  allowedSchemes: ['http','https','mailto'],
  allowedSchemesByTag: { img: ['http','https'] },
  allowProtocolRelative: false,
  nonTextTags: ['script','style','textarea','option','xmp','iframe','object','embed','form','noscript','template','title','head','svg','math','select','noembed','noframes'],
  nestingLimit: 100,
}
const cases = [
  '<p>a &auml; &mdash; &#8217; &amp;#8217; &nbsp;x &tstr; b</p>',
  '<p onclick="x()" style="color:red" class="foo">hi <a href="javascript:alert(1)">bad</a> <a href="java\tscript:alert(1)">bad2</a> <a href="/rel">rel</a></p>',
  '<img src="data:image/png;base64,AAA" onerror="alert(1)"><img src="//evil.com/x.png"><img src="x.jpg"><img src="https://a/b.jpg" data-preview-src="javascript:x">',
  '<form><p>in form</p><input value=x></form><iframe src="x">frame text</iframe><script>alert(1)</script><noscript><p>ns</p></noscript>after',
  '<html><head><title>T</title><meta charset=utf-8></head><body><p>Body</p></body></html>',
  '<p>unclosed <b>bold <i>both</p><p>next',
  '<embed src="x.swf"><p>after embed</p><object data="x"><param name=a>obj text</object><template><p>tpl</p></template>z',
  '<svg><text>svgtext</text></svg><p>ok</p>',
]
for (const c of cases) console.log(JSON.stringify(sanitizeHtml(c, opts)))
const n = 100000
const big = '<div>'.repeat(n) + 'deep' + '</div>'.repeat(n)
let t = Date.now(); const out = sanitizeHtml(big, opts); console.log(big.length, out.length, Date.now()-t, 'ms')
const big2 = '<div>a'.repeat(n)
t = Date.now(); const out2 = sanitizeHtml(big2, opts); console.log(big2.length, out2.length, Date.now()-t, 'ms')
const big3 = '<b>a'.repeat(n)
t = Date.now(); const out3 = sanitizeHtml(big3, opts); console.log(big3.length, out3.length, Date.now()-t, 'ms')
