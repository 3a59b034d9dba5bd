import { ParseError } from '../../core/errors.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import { readEach } from './newsml-collect.ts'
import type { PendingItem } from './newsml-collect.ts'
import { ItemContext } from './newsml-context.ts'
import { mapNewsmlItem } from './newsml-item.ts'
import { lineAt } from './newsml-lines.ts'
import { attribute, childElements, element, localName, parseNewsmlXml } from './newsml-xml.ts'
import { newsml1Items } from './parse-newsml1.ts'
import type { Element } from './newsml-xml.ts'

export const NEWSML_G2_NAMESPACE = 'http://iptc.org/std/nar/2006-10-01/'

const ITEM_KINDS = ['newsItem', 'packageItem']

/**
 * Reads an IPTC NewsML-G2 document: a newsItem (text or picture), a packageItem, or a newsMessage carrying several
 * items, one normalized item per item (a NewsML 1.x document is read as parseNewsml1 reads it). In a newsMessage a
 * broken item does not lose the others: they are returned, each with a warning naming the one skipped; only when
 * no item can be read is it a ParseError. Bad input of any kind is a ParseError naming `source` and, where it can,
 * the field and line.
 */
export function parseNewsml(text: string, options: { source: string }): NormalizedItem[] {
  try {
    return parse(text, options.source)
  } catch (error) {
    if (error instanceof ParseError) throw error
    // A safety net: an input we did not foresee must still fail the way every bad document does.
    throw new ParseError({
      source: options.source,
      message: 'Could not read the NewsML document',
      cause: error,
    })
  }
}

function parse(raw: string, source: string): NormalizedItem[] {
  // XML reads CR LF as LF; bodies are taken from the text as written, so do it first. Lines stay the same.
  const document = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw
  const root = parseNewsmlXml(document, source)
  if (!root) throw new ParseError({ source, message: 'Not a NewsML-G2 document: no root element' })
  const name = localName(root)
  const doc = { source, document }
  let items: NormalizedItem[]
  if (ITEM_KINDS.includes(name)) {
    const context = new ItemContext({ ...doc, item: root, fieldPrefix: '', inheritedLanguage: '' })
    items = [mapNewsmlItem(root, name, context)]
  } else if (name === 'newsMessage') {
    items = messageItems(root, doc)
  } else if (name === 'NewsML') {
    // NewsML 1.x: its own reader, on the tree already parsed. It has no namespace to check.
    return newsml1Items(root, doc)
  } else {
    const message = `Not a NewsML document: the root element is ${root.name}`
    throw new ParseError({ source, message, line: lineAt(document, root.startIndex ?? 0) })
  }
  const namespace = namespaceOf(root)
  if (namespace !== NEWSML_G2_NAMESPACE) {
    const warning = namespace
      ? `The root element is in another namespace than NewsML-G2's: ${namespace}`
      : 'The root element is in no namespace; read as NewsML-G2'
    for (const item of items) item.warnings.unshift(warning)
  }
  return items
}

/** Every item of a newsMessage in document order; broken ones are skipped with a warning on the others. */
function messageItems(root: Element, doc: { source: string; document: string }): NormalizedItem[] {
  const itemSet = element(root, 'itemSet')
  const inheritedLanguage = attribute(itemSet, 'xml:lang') || attribute(root, 'xml:lang')
  const seen = new Map<string, number>()
  const pending = childElements(itemSet).map((node): PendingItem => {
    const kind = localName(node)
    const index = seen.get(kind) ?? 0
    seen.set(kind, index + 1)
    const fieldPrefix = `itemSet.${kind}[${index}].`
    const guid = attribute(node, 'guid')
    return {
      label: `${fieldPrefix.slice(0, -1)}${guid ? ` (${guid})` : ''}`,
      read: () => {
        const context = new ItemContext({ ...doc, item: node, fieldPrefix, inheritedLanguage })
        if (!ITEM_KINDS.includes(kind)) throw context.error('', `Not supported: a ${kind}`)
        return mapNewsmlItem(node, kind, context)
      },
    }
  })
  return readEach(pending, doc.source, 'newsMessage')
}

function namespaceOf(root: Element): string {
  const colon = root.name.indexOf(':')
  return attribute(root, colon === -1 ? 'xmlns' : `xmlns:${root.name.slice(0, colon)}`)
}
