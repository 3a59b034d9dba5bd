import { bodyText } from '../../core/blocks.ts'
import type { Block } from '../../core/blocks.ts'
import { htmlToBlocks } from '../html/html-to-blocks.ts'
import type { NinjsItem, NinjsMedia, NinjsTextEntry } from './ninjs-schema.ts'

const SUMMARY_ROLES = ['summary', 'abstract', 'text', 'description', 'caption']
const CAPTION_ROLES = ['caption', 'description', 'text', 'summary', 'abstract']
const ALT_ROLES = ['alt', 'alternative', 'alttext']
const CREDIT_ROLES = ['creditline', 'credit']
/** Roles never taken as a summary or caption just for coming first. */
const NOT_PROSE = [...ALT_ROLES, ...CREDIT_ROLES]

/** The `main` headline, else the first non-empty one, on one line. */
export function pickHeadline(item: NinjsMedia): string {
  const headlines = (item.headlines ?? []).filter((h) => h.value?.trim())
  const main = headlines.find((h) => role(h) === 'main') ?? headlines[0]
  return main ? entryText(main) : ''
}

export function pickSummary(item: NinjsItem): string {
  return entryText(pickByRole(item.descriptions, SUMMARY_ROLES, true))
}

export function pickCaption(media: NinjsMedia): NinjsTextEntry | undefined {
  return pickByRole(media.descriptions, CAPTION_ROLES, true)
}

/** A picture's credit line: `creditline`, a creditline description, then `by`, then the copyright holder. */
export function pickCredit(media: NinjsMedia): string {
  const described = entryText(pickByRole(media.descriptions, CREDIT_ROLES, false))
  return oneLine(media.creditline) || described || oneLine(media.by) || oneLine(media.copyrightHolder)
}

export function pickAlt(media: NinjsMedia): string {
  return entryText(pickByRole(media.descriptions, ALT_ROLES, false))
}

/** The first entry with the most preferred role; optionally any first entry of another prose role. */
function pickByRole(
  entries: NinjsMedia['descriptions'],
  roles: string[],
  orFirst: boolean,
): NinjsTextEntry | undefined {
  const usable = (entries ?? []).filter((e) => e.value?.trim())
  for (const wanted of roles) {
    const found = usable.find((e) => role(e) === wanted)
    if (found) return found
  }
  return orFirst ? usable.find((e) => !NOT_PROSE.includes(role(e))) : undefined
}

/** An entry's value as plain text on one line; HTML (by content type, or by look when none is given) loses its tags. */
export function entryText(entry: NinjsTextEntry | undefined): string {
  const value = entry?.value ?? ''
  if (!isHtml(entry)) return oneLine(value)
  const blocks = htmlToBlocks(value).blocks.filter((b): b is Block => b.type !== 'figure-ref')
  return oneLine(bodyText(blocks))
}

export function isHtml(entry: NinjsTextEntry | undefined): boolean {
  const type = entry?.contentType?.toLowerCase()
  if (type) return type.includes('html')
  return /<\/?[a-z][^>]*>/i.test(entry?.value ?? '')
}

function role(entry: NinjsTextEntry): string {
  return entry.role?.trim().toLowerCase() ?? ''
}

function oneLine(value: string | null | undefined): string {
  return value?.replace(/\s+/g, ' ').trim() ?? ''
}
