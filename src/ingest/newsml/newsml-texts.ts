import { roleOf } from './newsml-concepts.ts'
import { elements, text } from './newsml-xml.ts'
import type { Element } from './newsml-xml.ts'

interface Entry {
  role: string
  text: string
}

/** Headlines or descriptions with their role code (`drol:summary` → `summary`) and text on one line. */
function entries(contentMeta: Element | undefined, name: 'headline' | 'description'): Entry[] {
  return elements(contentMeta, name)
    .map((node) => ({ role: roleOf(node), text: text(node) }))
    .filter((e) => e.text)
}

/** The main headline: one without a role or with role `main`, else the first. */
export function pickHeadline(contentMeta: Element | undefined): string {
  const headlines = entries(contentMeta, 'headline')
  return (headlines.find((h) => !h.role || h.role === 'main') ?? headlines[0])?.text ?? ''
}

const SUMMARY_ROLES = ['summary', 'abstract', 'teaser', '']
const CAPTION_ROLES = ['caption', ...SUMMARY_ROLES]
const ALT_ROLES = ['alternative', 'alt', 'alttext']

/**
 * A text item's summary: a description with a summary-like role, or none. Reuters labels a repeat of slugline and
 * headline as its "caption", which is no summary of a story; a picture's caption is (see pickCaption).
 */
export function pickSummary(contentMeta: Element | undefined): string {
  return pickByRole(entries(contentMeta, 'description'), SUMMARY_ROLES)
}

/** A picture's caption: the caption description, else a summary-like one, else the first that is not alt text. */
export function pickCaption(contentMeta: Element | undefined): string {
  const descriptions = entries(contentMeta, 'description')
  const notAlt = descriptions.find((d) => !ALT_ROLES.includes(d.role))
  return pickByRole(descriptions, CAPTION_ROLES) || (notAlt?.text ?? '')
}

/** A picture's alternative text (`drol:alternative`), when the agency gives one. */
export function pickAlt(contentMeta: Element | undefined): string {
  return pickByRole(entries(contentMeta, 'description'), ALT_ROLES)
}

function pickByRole(list: Entry[], roles: string[]): string {
  for (const role of roles) {
    const found = list.find((e) => e.role === role)
    if (found) return found.text
  }
  return ''
}
