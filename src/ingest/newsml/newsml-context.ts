import { ParseError } from '../../core/errors.ts'
import { lineAt } from './newsml-lines.ts'
import { newsmlTime } from './newsml-times.ts'
import { text } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

/** What mapping one item needs besides the item itself: where it is, for errors, and where to put warnings. */
export class ItemContext {
  readonly warnings: string[] = []

  constructor(
    readonly options: {
      source: string
      /** The whole document: bodies are taken from it as written, and errors point at its lines. */
      document: string
      item: Element
      /** Names the item inside a message, e.g. `itemSet.newsItem[2].`; "" for a document that is one item. */
      fieldPrefix: string
      /** `xml:lang` of the envelope, which an item inherits. */
      inheritedLanguage: string
    },
  ) {}

  /** A ParseError for a field of this item (e.g. `itemMeta.versionCreated`) at the line of `at`, else of the item. */
  error(field: string, message: string, at?: Element): ParseError {
    const { source, document, item, fieldPrefix } = this.options
    const line = lineAt(document, (at ?? item).startIndex ?? 0)
    const path = field ? `${fieldPrefix}${field}` : fieldPrefix.replace(/\.$/, '')
    return new ParseError({ source, field: path || undefined, message, line })
  }

  /** A timestamp element as RFC 3339; null when absent or empty; a ParseError when it is not a date. */
  time(node: Element | undefined, field: string): string | null {
    const value = text(node)
    if (!value) return null
    const result = newsmlTime(value)
    if ('invalid' in result) throw this.error(field, `Invalid date: ${JSON.stringify(value)}`, node)
    if (result.note) this.warnings.push(`Read ${field} (${value}) as ${result.time}: ${result.note}`)
    return result.time
  }
}
