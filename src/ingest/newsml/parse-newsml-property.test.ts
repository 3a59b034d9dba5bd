import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ParseError } from '../../core/errors.ts'
import { parseNewsml } from './parse-newsml.ts'
import { parseNewsml1 } from './parse-newsml1.ts'

const TESTDATA = fileURLToPath(new URL('./testdata/', import.meta.url))
const SEEDS = [
  'story-v1.xml',
  'message-one-broken.xml',
  'nitf-media.xml',
  'picture-renditions.xml',
  'withheld.xml',
].map((file) => readFileSync(TESTDATA + file, 'utf8'))
/** Long enough for any of these documents on a slow machine; a hang or a runaway regex would take far longer. */
const MAX_MS_PER_DOCUMENT = 500

/** Items or a ParseError, quickly; anything else escaping the parser is a bug. */
function outcome(parse: typeof parseNewsml, text: string): 'items' | 'parse-error' {
  const start = performance.now()
  try {
    const items = parse(text, { source: 'random.xml' })
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) {
      expect(item.uri).not.toBe('')
      expect(Array.isArray(item.body) && Array.isArray(item.warnings)).toBe(true)
    }
    return 'items'
  } catch (error) {
    if (error instanceof ParseError) return 'parse-error'
    throw error
  } finally {
    expect(performance.now() - start).toBeLessThan(MAX_MS_PER_DOCUMENT)
  }
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '<',
    '>',
    '&',
    '"',
    '&amp;',
    '&#0;',
    '&#xD800;',
    ']]>',
    '<!--',
    '<![CDATA[',
    '<p>',
    '</p>',
    '<b/>',
    '\r\n',
    '\u0000',
    '\uFFFF',
    '<!DOCTYPE x [<!ENTITY a "b">]>',
  ),
)

/** A character-level mutation of a seed: most break well-formedness, which must be a ParseError with a line. */
const textMutation = fc.record({
  seed: fc.nat(SEEDS.length - 1),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat(40),
  op: fc.constantFrom('delete', 'duplicate', 'insert', 'truncate'),
  insert: junk,
})

/** A mutation that keeps the document well-formed: a text or attribute value replaced, a line dropped or repeated. */
const valueMutation = fc.record({
  seed: fc.nat(SEEDS.length - 1),
  picks: fc.array(
    fc.record({
      index: fc.nat(400),
      value: fc.string({ maxLength: 30 }),
      kind: fc.constantFrom('text', 'attr', 'drop', 'repeat'),
    }),
    { minLength: 1, maxLength: 4 },
  ),
})

const NAMES = [
  'p',
  'b',
  'i',
  'em',
  'a',
  'h1',
  'h2',
  'ul',
  'li',
  'div',
  'figure',
  'img',
  'figcaption',
  'script',
  'iframe',
  'table',
  'tr',
  'td',
  'blockquote',
  'br',
  'x:p',
  'hl2',
  'block',
  'media',
  'media-reference',
  'media-caption',
  'media-producer',
  'media-object',
  'note',
  'body.content',
]
const ATTRS = [
  'href="javascript:alert(1)"',
  'href="https://example.com/"',
  'src="https://example.com/a.jpg"',
  'onclick="x()"',
  'class="credit"',
  'media-type="image"',
  'source="https://example.com/b.jpg"',
  'src="data:image/png;base64,AA"',
]
/** Random well-formed markup trees for the body readers (XHTML, and NITF with its own element names). */
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 20 }).map(escapeXml),
    fc
      .record({
        name: fc.constantFrom(...NAMES),
        attrs: fc.subarray(ATTRS, { maxLength: 2 }),
        children: fc.array(tie('tree'), { maxLength: 4 }),
      })
      .map(({ name, attrs, children }) => {
        // One attribute of each name: a repeated attribute is not well-formed.
        const unique = attrs.filter(
          (a, i) => attrs.findIndex((b) => b.split('=')[0] === a.split('=')[0]) === i,
        )
        const open = [name, ...unique].join(' ')
        return children.length ? `<${open}>${(children as string[]).join('')}</${name}>` : `<${open}/>`
      }),
  ),
}))

function withBody(body: string, contentType: string): string {
  // A function, not a string: `$` patterns in the random body must not be read as replacement patterns.
  return SEEDS[0]!.replace(
    /<inlineXML[\s\S]*<\/inlineXML>/,
    () => `<inlineXML contenttype="${contentType}" xmlns:x="urn:x">${body}</inlineXML>`,
  )
}

describe('parseNewsml() on random and mutated documents', () => {
  it('returns items or throws a ParseError for character-level mutations of valid documents', () => {
    fc.assert(
      fc.property(textMutation, ({ seed, at, length, op, insert }) => {
        const doc = SEEDS[seed]!
        const i = Math.floor(at * doc.length)
        const mutated =
          op === 'delete'
            ? doc.slice(0, i) + doc.slice(i + length)
            : op === 'duplicate'
              ? doc.slice(0, i + length) + doc.slice(i)
              : op === 'insert'
                ? doc.slice(0, i) + insert + doc.slice(i)
                : doc.slice(0, i)
        outcome(parseNewsml, mutated)
        outcome(parseNewsml1, mutated)
      }),
      { numRuns: 200 },
    )
  })

  it('returns items or throws a ParseError when values, attributes and whole lines change', () => {
    fc.assert(
      fc.property(valueMutation, ({ seed, picks }) => {
        let lines = SEEDS[seed]!.split('\n')
        for (const { index, value, kind } of picks) {
          const n = index % lines.length
          const line = lines[n]!
          if (kind === 'drop') lines = lines.filter((_, j) => j !== n)
          else if (kind === 'repeat') lines.splice(n, 0, line)
          else if (kind === 'text') lines[n] = line.replace(/>([^<]+)</, () => `>${escapeXml(value)}<`)
          else lines[n] = line.replace(/="[^"]*"/, () => `="${escapeXml(value)}"`)
        }
        outcome(parseNewsml, lines.join('\n'))
      }),
      { numRuns: 200 },
    )
  })

  it('reads any well-formed XHTML or NITF body without crashing', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), fc.boolean(), (nodes, nitf) => {
        const body = nodes.join('')
        const doc = nitf
          ? withBody(`<nitf><body><body.content>${body}</body.content></body></nitf>`, 'application/nitf+xml')
          : withBody(
              `<html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html>`,
              'application/xhtml+xml',
            )
        expect(outcome(parseNewsml, doc)).toBe('items')
      }),
      { numRuns: 200 },
    )
  })

  it('throws only ParseErrors on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(junk, { maxLength: 30 }).map((p) => p.join('')),
        ),
        (text) => {
          outcome(parseNewsml, text)
          outcome(parseNewsml1, text)
        },
      ),
      { numRuns: 200 },
    )
  })
})
