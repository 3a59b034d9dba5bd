import { blankItem } from '../../core/normalized-item.ts'
import type { NormalizedItem, PubStatus, WireBlock, WireSubject } from '../../core/normalized-item.ts'
import { contributorsFromByline } from '../byline/contributors-from-byline.ts'
import { htmlToBlocks } from '../html/html-to-blocks.ts'
import { textToBlocks } from '../html/text-to-blocks.ts'
import { placeFromDateline } from './newsml-concepts.ts'
import type { ItemContext } from './newsml-context.ts'
import { xmlToHtml } from './newsml-markup.ts'
import { isNitf, nitfParts } from './newsml-nitf.ts'
import { attribute, childElements, element, elements, innerMarkup, rawText, text } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

const SUBJECT_CODES = 'http://cv.iptc.org/newscodes/subjectcode/'

/**
 * One NewsML 1.x NewsItem: identification, news lines, the first text ContentItem as body. Modest by design: the
 * agencies that still send NewsML 1 (AFP) put everything a desk needs in those places.
 */
export function mapNewsml1Item(node: Element, formatVersion: string, context: ItemContext): NormalizedItem {
  const identifier = element(element(node, 'Identification'), 'NewsIdentifier')
  const management = element(node, 'NewsManagement')
  const component = element(node, 'NewsComponent')
  const lines = findFirst(component, 'NewsLines')
  const admin = findFirst(component, 'AdministrativeMetadata')
  const descriptive = findFirst(component, 'DescriptiveMetadata')
  const line = (name: string) => text(element(lines, name))

  const item = blankItem('newsml-1', formatVersion, uriOf(identifier, context))
  item.warnings = context.warnings
  item.version = text(element(identifier, 'RevisionId'))
  const time = (name: string) => context.time(element(management, name), `NewsManagement.${name}`)
  item.firstCreated = time('FirstCreated')
  item.versionCreated = time('ThisRevisionCreated')
  Object.assign(item, statusOf(management, context))
  const urgency = Number(attribute(element(management, 'Urgency'), 'FormalName'))
  item.urgency = Number.isInteger(urgency) && urgency >= 1 && urgency <= 9 ? urgency : null

  item.headline = line('HeadLine')
  item.summary = line('SubHeadLine')
  item.byline = line('ByLine')
  item.dateline = placeFromDateline(line('DateLine'))
  item.copyrightNotice = line('CopyrightLine')
  item.slugline = line('SlugLine')
  item.keywords = [...new Set(elements(lines, 'KeywordLine').map(text).filter(Boolean))]
  item.provider = partyOf(admin, 'Provider')
  const sourceName = partyOf(admin, 'Source') || item.provider
  item.source = sourceName ? { name: sourceName, kind: 'wire' } : null
  item.copyrightHolder = text(
    element(element(findFirst(component, 'RightsMetadata'), 'Copyright'), 'CopyrightHolder'),
  )
  item.language =
    attribute(element(descriptive, 'Language'), 'FormalName') ||
    attribute(node, 'xml:lang') ||
    context.options.inheritedLanguage
  item.subjects = subjectsOf(descriptive)
  item.contributors = contributorsFromByline(item.byline, { agencies: [item.provider, sourceName] })
  item.body = bodyOf(component, {
    document: context.options.document,
    headline: item.headline,
    warnings: item.warnings,
  })
  if (!item.body.length) item.warnings.push('No body in the item')
  if (!item.headline) item.warnings.push('No headline in the item')
  return item
}

/** `urn:newsml:{ProviderId}:{DateId}:{NewsItemId}`, the same for every revision (PublicIdentifier adds the revision). */
function uriOf(identifier: Element | undefined, context: ItemContext): string {
  const parts = ['ProviderId', 'DateId', 'NewsItemId'].map((n) => text(element(identifier, n)))
  if (parts.every(Boolean)) return `urn:newsml:${parts.join(':')}`
  const publicId = text(element(identifier, 'PublicIdentifier'))
  if (publicId) return publicId.replace(/:[^:]*$/, '')
  throw context.error('Identification.NewsIdentifier', 'Missing NewsIdentifier: every NewsML item needs one')
}

/**
 * Status Usable, Withheld or Canceled; Embargoed with a StatusWillChange time is an embargo until then, and
 * without one it is held (as in NewsML-G2, see timesOf).
 */
function statusOf(
  management: Element | undefined,
  context: ItemContext,
): { pubStatus: PubStatus; embargoedUntil: string | null } {
  const status = attribute(element(management, 'Status'), 'FormalName').toLowerCase()
  if (status === 'withheld') return { pubStatus: 'withheld', embargoedUntil: null }
  if (status === 'canceled' || status === 'cancelled') return { pubStatus: 'canceled', embargoedUntil: null }
  if (status === 'embargoed') {
    const until = context.time(
      element(element(management, 'StatusWillChange'), 'DateAndTime'),
      'NewsManagement.StatusWillChange',
    )
    if (until) return { pubStatus: 'usable', embargoedUntil: until }
    context.warnings.push(
      'Embargoed with no time given yet: held as withheld until a revision gives the time',
    )
    return { pubStatus: 'withheld', embargoedUntil: null }
  }
  if (status && status !== 'usable')
    context.warnings.push(`Unknown Status ${JSON.stringify(status)}: taken as usable`)
  return { pubStatus: 'usable', embargoedUntil: null }
}

function partyOf(admin: Element | undefined, role: string): string {
  const party = element(element(admin, role), 'Party')
  return attribute(party, 'FormalName') || text(party)
}

function subjectsOf(descriptive: Element | undefined): WireSubject[] {
  return elements(descriptive, 'SubjectCode').flatMap((code) =>
    ['Subject', 'SubjectMatter', 'SubjectDetail']
      .flatMap((n) => elements(code, n))
      .flatMap((s) => {
        const formal = attribute(s, 'FormalName')
        return /^\d{8}$/.test(formal) ? [{ name: formal, uri: SUBJECT_CODES + formal }] : []
      }),
  )
}

/** The first text ContentItem's DataContent: NITF-like paragraphs (AFP's bcNITF), inline NITF, or plain text. */
function bodyOf(
  component: Element | undefined,
  context: { document: string; headline: string; warnings: string[] },
): WireBlock[] {
  const content = contentItems(component).find((c) => {
    const media = attribute(element(c, 'MediaType'), 'FormalName').toLowerCase()
    return (!media || media === 'text') && element(c, 'DataContent') !== undefined
  })
  const data = element(content, 'DataContent')
  const roots = childElements(data)
  if (!roots.length) return textToBlocks(rawText(data), { dropHeadline: context.headline })
  const nitf = roots.find(isNitf)
  const html = nitf ? nitfParts(nitf, context.document).html : xmlToHtml(innerMarkup(data, context.document))
  const result = htmlToBlocks(html, { dropHeadline: context.headline })
  context.warnings.push(...result.warnings)
  return result.blocks
}

/** ContentItems of a NewsComponent and its nested components, depth first. */
function contentItems(component: Element | undefined, depth = 0): Element[] {
  if (!component || depth > 20) return []
  const nested = elements(component, 'NewsComponent').flatMap((c) => contentItems(c, depth + 1))
  return [...elements(component, 'ContentItem'), ...nested]
}

/** The first element with this name in a NewsComponent or its nested components. */
function findFirst(component: Element | undefined, name: string, depth = 0): Element | undefined {
  if (!component || depth > 20) return undefined
  const own = element(component, name)
  if (own) return own
  for (const nested of elements(component, 'NewsComponent')) {
    const found = findFirst(nested, name, depth + 1)
    if (found) return found
  }
  return undefined
}
