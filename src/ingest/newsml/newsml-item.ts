import { blankItem } from '../../core/normalized-item.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import { textBodyOf } from './newsml-body.ts'
import { datelineOf, keywordsOf, subjectsOf } from './newsml-concepts.ts'
import type { ItemContext } from './newsml-context.ts'
import { packageContents } from './newsml-package.ts'
import { bylineOf, partiesOf } from './newsml-people.ts'
import { pictureOf } from './newsml-picture.ts'
import { pubStatusOf, signalsOf, timesOf, typeOf, urgencyOf } from './newsml-status.ts'
import { pickAlt, pickCaption, pickHeadline, pickSummary } from './newsml-texts.ts'
import { attribute, conceptLabel, element, elements, text } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

/**
 * One NewsML-G2 newsItem or packageItem as a normalized item. An item without a guid or an itemMeta is not readable
 * (a ParseError); everything else missing or odd is worked around with a warning.
 */
export function mapNewsmlItem(node: Element, kind: string, context: ItemContext): NormalizedItem {
  const guid = attribute(node, 'guid')
  if (!guid) throw context.error('@guid', 'Missing guid: every NewsML-G2 item needs one')
  const itemMeta = element(node, 'itemMeta')
  if (!itemMeta) throw context.error('itemMeta', 'Missing itemMeta: not a readable NewsML-G2 item')
  const contentMeta = element(node, 'contentMeta')
  const rightsInfo = element(node, 'rightsInfo')
  const warnings = context.warnings

  const item = blankItem('newsml-g2', attribute(node, 'standardversion') || '2', guid)
  item.warnings = warnings
  item.version = attribute(node, 'version')
  if (item.version && !/^\d+$/.test(item.version))
    warnings.push(`The version is not a number: ${item.version}`)
  item.type = typeOf(itemMeta, kind)
  item.pubStatus = pubStatusOf(itemMeta, warnings)
  Object.assign(item, timesOf(itemMeta, context, item))
  item.signals = signalsOf(itemMeta)
  item.edNote = elements(itemMeta, 'edNote').map(text).filter(Boolean).join('\n')

  item.headline = pickHeadline(contentMeta)
  item.language =
    attribute(element(contentMeta, 'language'), 'tag') ||
    attribute(node, 'xml:lang') ||
    context.options.inheritedLanguage
  item.subjects = subjectsOf(contentMeta)
  item.keywords = keywordsOf(contentMeta)
  item.urgency = urgencyOf(contentMeta, warnings)
  item.slugline = text(element(contentMeta, 'slugline'))
  item.dateline = datelineOf(contentMeta)
  item.copyrightNotice = text(element(rightsInfo, 'copyrightNotice'))
  item.usageTerms = text(element(rightsInfo, 'usageTerms'))
  const parties = partiesOf(node)
  Object.assign(item, {
    provider: parties.provider,
    source: parties.source,
    copyrightHolder: parties.copyrightHolder,
  })

  let nitfByline = ''
  if (kind === 'packageItem') {
    item.summary = pickSummary(contentMeta)
    Object.assign(item, packageContents(node, warnings))
  } else if (
    item.type === 'picture' ||
    item.type === 'graphic' ||
    item.type === 'video' ||
    item.type === 'audio'
  ) {
    mapMedia(item, node)
  } else {
    item.summary = pickSummary(contentMeta)
    const body = textBodyOf(element(node, 'contentSet'), {
      document: context.options.document,
      headline: item.headline,
      warnings,
    })
    item.body = body.blocks
    nitfByline = body.nitfByline
    if (!item.headline && body.nitfHeadline) item.headline = body.nitfHeadline
    if (!item.body.length) warnings.push('No body in the item')
  }
  if (!item.headline) fallBackToTitle(item, itemMeta)
  Object.assign(item, bylineOf(contentMeta, { nitfByline, agencies: parties.agencies }))
  return item
}

/** A picture (or other media) item: its caption is summary and body; pictures and graphics get their image. */
function mapMedia(item: NormalizedItem, node: Element): void {
  const contentMeta = element(node, 'contentMeta')
  const caption = pickCaption(contentMeta)
  item.summary = caption
  // The caption is already one line of plain text: one paragraph, without textToBlocks' work.
  item.body = caption ? [{ type: 'paragraph', content: [{ text: caption }] }] : []
  if (item.type !== 'picture' && item.type !== 'graphic') return
  const creators = elements(contentMeta, 'creator').map(conceptLabel)
  const credit =
    text(element(contentMeta, 'creditline')) ||
    text(element(contentMeta, 'by')) ||
    creators.filter(Boolean).join(', ') ||
    item.copyrightHolder
  const copyright = item.copyrightNotice || item.copyrightHolder
  item.leadImage = pictureOf(
    element(node, 'contentSet'),
    { uri: item.uri, caption, credit, alt: pickAlt(contentMeta) || caption, copyright },
    item.warnings,
  )
}

function fallBackToTitle(item: NormalizedItem, itemMeta: Element): void {
  const title = text(element(itemMeta, 'title'))
  if (title) {
    item.headline = title
    item.warnings.push('No headline: used itemMeta.title')
  } else {
    item.warnings.push('No headline in the item')
  }
}
