import type { Contributor, SourceAttribution } from '../../core/article.ts'
import { contributorsFromByline } from '../byline/contributors-from-byline.ts'
import type { NinjsItem } from './ninjs-schema.ts'

/** Roles that name the source, most preferred first: the distributor before the originator. */
const SOURCE_ROLES = ['source', 'originatingsource']

/**
 * Where the story comes from, for "Source: …": the info source with role source, else originatingSource, else the
 * first named one, else the copyright holder, else the provider of an AP API item. Always kind `wire`.
 */
export function sourceOf(item: NinjsItem): SourceAttribution | null {
  const named = (item.infoSources ?? []).filter((s) => s.name?.trim())
  const byRole = (role: string) => named.find((s) => s.role?.trim().toLowerCase() === role)
  const source = SOURCE_ROLES.map(byRole).find(Boolean) ?? named[0]
  const name = source?.name?.trim() || item.copyrightHolder?.trim() || providerName(item)
  return name ? { name, kind: 'wire' } : null
}

/** The byline's names as contributors; the item's own agencies (info sources, copyright holder) count as agencies. */
export function contributorsOf(item: NinjsItem, byline: string): Contributor[] {
  const agencies = [...(item.infoSources ?? []).map((s) => s.name), item.copyrightHolder, providerName(item)]
  return contributorsFromByline(byline, { agencies: agencies.filter((a): a is string => Boolean(a?.trim())) })
}

function providerName(item: NinjsItem): string {
  const provider = typeof item.provider === 'string' ? item.provider : item.provider?.name
  return provider?.trim() ?? ''
}
