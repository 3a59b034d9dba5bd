import { bylineText } from '../../core/article.ts'
import type { Contributor, SourceAttribution } from '../../core/article.ts'
import { contributorsFromByline } from '../byline/contributors-from-byline.ts'
import { KNOWN_AGENCIES } from '../byline/known-agencies.ts'
import { conceptUri, roleOf } from './newsml-concepts.ts'
import { attribute, conceptLabel, element, elements, text } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

/** Who supplied, sourced and owns the item. */
export interface Parties {
  provider: string
  source: SourceAttribution | null
  copyrightHolder: string
  /** Names that are organisations, not people, for telling bylines apart. */
  agencies: string[]
}

/**
 * The provider (its name, else the code of its qcode: `nprov:GYI` → "GYI", else its URI's host), the source for
 * "Source: …" (an infoSource with role source, else the first named one, else the provider, else the copyright
 * holder; always kind wire) and the copyright holder (its name, else its URI).
 */
export function partiesOf(item: Element): Parties {
  const itemMeta = element(item, 'itemMeta')
  const contentMeta = element(item, 'contentMeta')
  const holderNode = element(element(item, 'rightsInfo'), 'copyrightHolder')
  const copyrightHolder = conceptLabel(holderNode) || conceptUri(holderNode)
  const provider = partyName(element(itemMeta, 'provider'))
  const named = elements(contentMeta, 'infoSource').filter((s) => conceptLabel(s))
  const infoSource = named.find((s) => roleOf(s) === 'source') ?? named[0]
  const sourceName = conceptLabel(infoSource) || provider || copyrightHolder
  return {
    provider: provider || sourceName,
    source: sourceName ? { name: sourceName, kind: 'wire' } : null,
    copyrightHolder,
    agencies: [
      provider,
      copyrightHolder,
      ...named.map(conceptLabel),
      text(element(contentMeta, 'creditline')),
    ],
  }
}

function partyName(node: Element | undefined): string {
  const label = conceptLabel(node)
  if (label) return label
  const qcode = attribute(node, 'qcode')
  if (qcode) return qcode.slice(qcode.indexOf(':') + 1)
  const uri = attribute(node, 'uri')
  return /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(uri)?.[1] ?? uri
}

/**
 * The byline and its contributors, from the first source that has one: `by`; the byline of an inline NITF body
 * (whose `byttl` becomes the role); the creators; else the contributors (editors, caption writers), so that a
 * byline is never empty when the item names people.
 */
export function bylineOf(
  contentMeta: Element | undefined,
  options: { nitfByline: string; agencies: readonly string[] },
): { byline: string; contributors: Contributor[] } {
  const agencies = options.agencies.filter(Boolean)
  const by = elements(contentMeta, 'by').map(text).filter(Boolean).join('; ')
  const written = by || options.nitfByline
  if (written) return { byline: written, contributors: contributorsFromByline(written, { agencies }) }
  for (const kind of ['creator', 'contributor']) {
    const names = [...new Set(elements(contentMeta, kind).map(conceptLabel).filter(Boolean))]
    const contributors = names.map((name): Contributor => ({
      kind: isAgency(name, agencies) ? 'agency' : 'guest',
      name,
    }))
    if (contributors.length) return { byline: bylineText(contributors), contributors }
  }
  return { byline: '', contributors: [] }
}

function isAgency(name: string, agencies: readonly string[]): boolean {
  const key = name.trim().toLowerCase()
  return KNOWN_AGENCIES.has(key) || agencies.some((a) => a.trim().toLowerCase() === key)
}
