import type { Contributor } from '../../core/article.ts'
import { KNOWN_AGENCIES } from './known-agencies.ts'

/**
 * One contributor per name in a wire byline. Wire bylines name people who are not our staff, so a person is a
 * `guest` (never `staff`: that kind is for our own accounts); a name that is an agency (a known one, or one the item
 * names as its source or copyright holder) is an `agency`. "Name/TT" and "Name (AP)" give both. A part that reads
 * like a job title ("AP Business Writer") becomes the role of the person before it.
 */
export function contributorsFromByline(
  byline: string,
  options: { agencies?: readonly string[] } = {},
): Contributor[] {
  const extra = (options.agencies ?? []).map(normalizeName)
  const isKnownAgency = (name: string) => KNOWN_AGENCIES.has(name) || extra.includes(name)
  const text = byline
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^by:?\s+/i, '')
  const out: Contributor[] = []
  for (const raw of splitNames(text)) {
    const name = raw
      .replace(/^(?:by:?\s+)/i, '')
      .replace(/[.,;:]+$/, '')
      .trim()
    if (!name) continue
    const isAgency = isKnownAgency(normalizeName(name))
    const previous = out.at(-1)
    if (!isAgency && ROLE.test(name) && previous?.kind === 'guest' && !previous.role) {
      previous.role = name
      continue
    }
    if (out.some((c) => c.name.toLowerCase() === name.toLowerCase())) continue
    out.push({ kind: isAgency ? 'agency' : 'guest', name })
  }
  return out
}

const ROLE = /\b(?:writer|correspondent|reporter|editor|photographer|columnist|staff|contributor|analyst)\b/i

/** Splits at commas, semicolons, ampersands, slashes and "and" (also Scandinavian and German); unwraps "(AP)". */
function splitNames(text: string): string[] {
  return text.replace(/\(([^()]+)\)/g, ',$1,').split(/\s*[,;&/|]\s*|\s+(?:and|och|og|und)\s+/i)
}

function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ')
}
