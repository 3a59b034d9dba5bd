import type { Store } from '../../core/ports.ts'
import type { Section } from '../../core/section.ts'
import type { Settings } from '../../core/settings.ts'
import { largestJpeg } from '../structured-data.ts'
import { absoluteUrl, articlePath, renditionPath } from '../urls.ts'
import { element, textElement } from '../xml-text.ts'
import { IMAGE_NS, SITEMAP_NS } from './sitemap-files.ts'

const BATCH = 1000

/**
 * One story sitemap file, written as it is read: a batch of stories at a time, so memory stays the same whether the
 * paper has a thousand stories or a million. Each entry has its real last modification and its lead picture.
 */
export async function* storySitemap(
  store: Store,
  input: {
    settings: Settings
    sections: readonly Section[]
    range: { afterId: number; untilId?: number }
    limit: number
  },
): AsyncGenerator<string> {
  const sections = new Map(input.sections.map((s) => [s.id, s]))
  const siteUrl = input.settings.siteUrl
  yield `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="${SITEMAP_NS}" xmlns:image="${IMAGE_NS}">`
  let afterId = input.range.afterId
  let left = input.limit
  while (left > 0) {
    const batch = await store.articles.listPublishedById({
      afterId,
      limit: Math.min(BATCH, left),
      ...(input.range.untilId !== undefined ? { untilId: input.range.untilId } : {}),
    })
    if (batch.length === 0) break
    const assets = new Map(
      (await store.assets.getMany(batch.flatMap((a) => (a.leadImage ? [a.leadImage.assetId] : [])))).map(
        (a) => [a.id, a],
      ),
    )
    let chunk = ''
    for (const a of batch) {
      const section = a.sectionId !== null ? (sections.get(a.sectionId) ?? null) : null
      const lead = a.leadImage && assets.get(a.leadImage.assetId)
      const jpeg = lead && largestJpeg(lead)
      chunk += element(
        'url',
        {},
        textElement('loc', absoluteUrl(siteUrl, articlePath(a, section))) +
          textElement('lastmod', a.modifiedAt) +
          (jpeg
            ? element('image:image', {}, textElement('image:loc', absoluteUrl(siteUrl, renditionPath(jpeg))))
            : ''),
      )
    }
    yield chunk
    afterId = batch.at(-1)!.id
    left -= batch.length
    if (batch.length < BATCH) break
  }
  yield '</urlset>'
}
