// Test support only (imported by the XML parsers' property tests): fast-check is a dev dependency.
import fc from 'fast-check'

/** The vocabulary a generated document is made of: the parser's own names, so the fuzzing reaches its mapping. */
export interface XmlVocabulary {
  root: string
  elements: readonly string[]
  attributes: readonly string[]
  /** Attribute and text values worth trying: dates, urls, markup, entities. */
  values: readonly string[]
}

interface Tree {
  name: string
  attrs: Record<string, string>
  children: (Tree | string)[]
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

function write(node: Tree | string, raw: boolean): string {
  if (typeof node === 'string') return raw ? node : escape(node)
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${raw ? v : escape(v)}"`)
    .join('')
  return `<${node.name}${attrs}>${node.children.map((c) => write(c, raw)).join('')}</${node.name}>`
}

/**
 * Documents shaped like the format: its element and attribute names nested a few levels, with values that matter
 * to the mapping. `raw` leaves values unescaped, which makes many of them not well-formed, on purpose.
 */
export function xmlDocument(vocabulary: XmlVocabulary): fc.Arbitrary<string> {
  const value = fc.oneof(fc.constantFrom(...vocabulary.values), fc.string({ maxLength: 12 }))
  const { tree } = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
    tree: fc.record({
      name: fc.constantFrom(...vocabulary.elements),
      attrs: fc.dictionary(fc.constantFrom(...vocabulary.attributes), value, { maxKeys: 3 }),
      children: fc.array(tie('node'), { maxLength: 4 }),
    }),
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, value, tie('tree')),
  }))
  return fc
    .record({ children: fc.array(tree, { maxLength: 5 }), raw: fc.boolean(), declaration: fc.boolean() })
    .map(({ children, raw, declaration }) => {
      const root: Tree = { name: vocabulary.root, attrs: {}, children }
      return `${declaration ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}${write(root, raw)}`
    })
}

/** A valid sample with a few characters dropped, inserted or replaced: truncations, stray `<` and `&` … */
export function mutatedDocument(sample: string): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat({ max: sample.length }),
    drop: fc.nat({ max: 6 }),
    insert: fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom('<', '&', ']]>', '<!--', '"', '</p>', '&amp;'),
    ),
  })
  return fc
    .array(edit, { minLength: 1, maxLength: 4 })
    .map((edits) => edits.reduce((t, e) => t.slice(0, e.at) + e.insert + t.slice(e.at + e.drop), sample))
}
