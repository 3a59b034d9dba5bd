import type { WireFormat } from '../core/wire-desk.ts'
import { xmlRoot } from './xml/safe-xml.ts'

const G2_ROOTS = new Set(['newsItem', 'packageItem', 'newsMessage', 'conceptItem', 'knowledgeItem'])

/**
 * Which wire format a document is, from its content alone (file names and content types lie): JSON is ninjs; XML is
 * told by its root element. NewsML 1.x (`NewsML`) is read by the NewsML parser too.
 */
export function detectFormat(text: string): WireFormat | null {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('{')) return 'ninjs'
  if (!start.startsWith('<')) return null
  const root = xmlRoot(start)
  if (!root) return null
  const local = root.name.includes(':') ? root.name.split(':')[1]! : root.name
  if (G2_ROOTS.has(local) || local === 'NewsML') return 'newsml'
  if (local === 'nitf') return 'nitf'
  if (local === 'rss' || local === 'RDF') return 'rss'
  if (local === 'feed') return 'atom'
  return null
}
