import { ParseError } from '../../core/errors.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import { readEach } from './newsml-collect.ts'
import { ItemContext } from './newsml-context.ts'
import { lineAt } from './newsml-lines.ts'
import { mapNewsml1Item } from './newsml1-item.ts'
import { attribute, elements, localName, parseNewsmlXml } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

/**
 * Reads an IPTC NewsML 1.x document (AFP still sends it): one normalized item per NewsItem; a broken NewsItem is
 * skipped with a warning on the others, as in parseNewsml. The caller decodes the bytes first (decodeXml): AFP's
 * files are ISO-8859-1. Bad input of any kind is a ParseError naming `source` and, where it can, field and line.
 */
export function parseNewsml1(text: string, options: { source: string }): NormalizedItem[] {
  try {
    return parse(text, options.source)
  } catch (error) {
    if (error instanceof ParseError) throw error
    throw new ParseError({
      source: options.source,
      message: 'Could not read the NewsML 1 document',
      cause: error,
    })
  }
}

function parse(raw: string, source: string): NormalizedItem[] {
  const document = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw
  const root = parseNewsmlXml(document, source)
  if (!root || localName(root) !== 'NewsML') {
    const message = `Not a NewsML 1 document: the root element is ${root?.name ?? 'missing'}`
    throw new ParseError({ source, message, line: lineAt(document, root?.startIndex ?? 0) })
  }
  return newsml1Items(root, { source, document })
}

/** The items of a parsed NewsML 1 root; parseNewsml hands NewsML 1 documents here too. */
export function newsml1Items(root: Element, doc: { source: string; document: string }): NormalizedItem[] {
  const nodes = elements(root, 'NewsItem')
  const formatVersion = attribute(root, 'Version') || '1'
  const pending = nodes.map((node, index) => ({
    label: `NewsItem[${index}]`,
    read: () => {
      const context = new ItemContext({
        ...doc,
        item: node,
        fieldPrefix: nodes.length > 1 ? `NewsItem[${index}].` : '',
        inheritedLanguage: attribute(root, 'xml:lang'),
      })
      return mapNewsml1Item(node, formatVersion, context)
    },
  }))
  return readEach(pending, doc.source, 'NewsML document')
}
