import type { Contributor, SourceAttribution } from './article.ts'
import type { Block } from './blocks.ts'
import type { MediaRef, NormalizedItem, WireBlock } from './normalized-item.ts'
import { mediaTopicCodes } from './normalized-item.ts'
import type { NewArticle } from './ports.ts'
import { slugify } from './slug.ts'

/** A wire picture once stored: its asset id, or null when it could not be fetched. */
export type ResolveImage = (ref: MediaRef) => number | null

/** The body with wire figures turned into stored figures; figures whose picture could not be stored drop out. */
export function resolveBody(body: readonly WireBlock[], resolve: ResolveImage): Block[] {
  return body.flatMap((block): Block[] => {
    if (block.type !== 'figure-ref') return [block]
    const assetId = resolve(block.image)
    if (assetId === null) return []
    return [
      {
        type: 'figure',
        assetId,
        caption: block.image.caption,
        credit: block.image.credit,
        alt: block.image.alt,
      },
    ]
  })
}

/** The attribution readers see ("Source: CNN"): the wire's own, else the copyright holder as a wire source. */
function sourceOf(item: NormalizedItem): SourceAttribution | null {
  if (item.source) return item.source
  return item.copyrightHolder ? { name: item.copyrightHolder, kind: 'wire' } : null
}

function contributorsOf(item: NormalizedItem): Contributor[] {
  if (item.contributors.length > 0) return item.contributors
  return item.byline ? [{ kind: 'agency', name: item.byline }] : []
}

/** The story content a wire item gives, in Dateline's terms. Placement (desk, section) and state are the caller's. */
export function wireToArticleContent(
  item: NormalizedItem,
  opts: { resolve: ResolveImage; deskId: number | null; sectionId: number | null; language: string },
): Omit<NewArticle, 'status' | 'firstPublishedAt' | 'updatedAt'> {
  const leadAssetId = item.leadImage ? opts.resolve(item.leadImage) : null
  return {
    slug: slugify(item.headline),
    headline: item.headline,
    summary: item.summary,
    body: resolveBody(item.body, opts.resolve),
    deskId: opts.deskId,
    sectionId: opts.sectionId,
    contributors: contributorsOf(item),
    source: sourceOf(item),
    leadImage:
      item.leadImage && leadAssetId !== null
        ? {
            assetId: leadAssetId,
            caption: item.leadImage.caption,
            credit: item.leadImage.credit,
            alt: item.leadImage.alt,
          }
        : null,
    dateline: item.dateline,
    topics: mediaTopicCodes(item.subjects),
    tags: [...new Set(item.keywords.map((k) => k.trim()).filter(Boolean))].slice(0, 30),
    language: item.language || opts.language,
    provenance: { uri: item.uri, version: item.version, format: item.format },
  }
}

/** The media refs of an item, lead image first, each once. */
export function wireMediaRefs(item: NormalizedItem): MediaRef[] {
  const refs = [item.leadImage, ...item.body.map((b) => (b.type === 'figure-ref' ? b.image : null))]
  const seen = new Set<string>()
  return refs.filter((r): r is MediaRef => {
    if (!r || seen.has(r.href)) return false
    seen.add(r.href)
    return true
  })
}
