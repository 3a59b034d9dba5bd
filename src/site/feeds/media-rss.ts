import type { LeadImage } from '../../core/article.ts'
import type { Asset } from '../../core/asset.ts'
import { largestJpeg } from '../structured-data.ts'
import { absoluteUrl, renditionPath } from '../urls.ts'
import { element, textElement } from '../xml-text.ts'

/** A story's lead picture as Media RSS (https://www.rssboard.org/media-rss): address, size, caption and credit. */
export function mediaContent(siteUrl: string, asset: Asset | null, use: LeadImage | null): string {
  const r = asset && largestJpeg(asset)
  if (!r || !use) return ''
  const inner = [
    use.caption && textElement('media:description', use.caption, { type: 'plain' }),
    use.credit && textElement('media:credit', use.credit, { role: 'photographer', scheme: 'urn:ebu' }),
  ]
    .filter(Boolean)
    .join('')
  return element(
    'media:content',
    {
      url: absoluteUrl(siteUrl, renditionPath(r)),
      type: 'image/jpeg',
      medium: 'image',
      width: r.width,
      height: r.height,
    },
    inner,
  )
}
