import type { NormalizedItem } from '../../core/normalized-item.ts'
import { contributorsFromByline } from '../byline/contributors-from-byline.ts'
import { attr, childElements, cleanText, collapse, descend, isElement, textOf } from './xml-tree.ts'
import type { XmlElement } from './xml-tree.ts'

type PeopleFields = Pick<
  NormalizedItem,
  'byline' | 'contributors' | 'source' | 'provider' | 'copyrightHolder'
>

/** Parts of a `byline` that are not the names: the title (kept as the role) and where the writer is. */
const NOT_NAMES = new Set(['byttl', 'location', 'virtloc'])
/** EFE and others sign with the editors' initials ("gr/bp"): desk codes, not names readers should see. */
const EDITOR_INITIALS = /^[a-z]{1,4}(?:\/[a-z]{1,4})+$/

/**
 * Byline, contributors and attribution. Each `byline` gives names (a `byttl` title becomes their role); the
 * distributor, else the copyright holder, is the source readers see, always a wire.
 */
export function readPeople(nitf: XmlElement, warnings: string[]): PeopleFields {
  const head = descend(nitf, 'body', 'body.head')
  const copyrightHolder =
    attr(descend(nitf, 'head', 'docdata', 'doc.copyright'), 'holder') ||
    cleanText(descend(head, 'rights', 'rights.owner'))
  const regsrc = attr(descend(nitf, 'head', 'docdata', 'doc-id'), 'regsrc')
  const distributor = cleanText(descend(head, 'distributor'))
  const agencies = [distributor, copyrightHolder, regsrc].filter(Boolean)

  const names: string[] = []
  const contributors: NormalizedItem['contributors'] = []
  for (const byline of childElements(head, 'byline')) {
    const name = collapse(
      byline.children.map((c) => (isElement(c) && NOT_NAMES.has(c.local) ? ' ' : textOf(c))).join(''),
    )
    const role = childElements(byline, 'byttl').map(cleanText).filter(Boolean).join(', ')
    if (EDITOR_INITIALS.test(name)) {
      warnings.push(`Took byline ${JSON.stringify(name)} as editors' initials, not names`)
      continue
    }
    if (!name) continue
    names.push(name)
    for (const person of contributorsFromByline(name, { agencies })) {
      if (role && person.kind === 'guest' && !person.role) person.role = role
      if (!contributors.some((c) => c.name === person.name)) contributors.push(person)
    }
  }
  const sourceName = distributor || copyrightHolder
  return {
    byline: names.join(', '),
    contributors,
    source: sourceName ? { name: sourceName, kind: 'wire' } : null,
    provider: distributor || regsrc || copyrightHolder,
    copyrightHolder,
  }
}
