import type { Article, Contributor } from '../core/article.ts'
import type { Asset } from '../core/asset.ts'
import type { Desk } from '../core/desk.ts'
import type { CropName } from '../core/rendition-plan.ts'
import type { Correction } from '../core/newsroom-records.ts'
import type { Section } from '../core/section.ts'
import type { Settings } from '../core/settings.ts'
import { toZonedIso } from '../core/time-format.ts'
import { absoluteUrl, renditionPath } from './urls.ts'

export const LOGO_PATH = '/logo.png'
export const LOGO_SIZE = { width: 600, height: 60 }

export function publisherJsonLd(settings: Settings) {
  return {
    '@type': 'NewsMediaOrganization',
    name: settings.siteName,
    url: `${settings.siteUrl}/`,
    logo: {
      '@type': 'ImageObject',
      url: absoluteUrl(settings.siteUrl, LOGO_PATH),
      width: LOGO_SIZE.width,
      height: LOGO_SIZE.height,
    },
  }
}

function authorJsonLd(c: Contributor) {
  return {
    '@type': c.kind === 'agency' ? 'Organization' : 'Person',
    name: c.name,
    ...(c.url ? { url: c.url } : {}),
  }
}

/** The largest JPEG of the whole picture: what feeds and image sitemaps carry. */
export function largestJpeg(asset: Asset) {
  return (
    asset.renditions.filter((r) => r.format === 'jpeg' && !r.crop).sort((a, b) => b.width - a.width)[0] ??
    null
  )
}

/** The largest JPEG of a crop (cut around the focal point), or of the whole picture when it has no such crop. */
export function largestJpegOf(asset: Asset, crop: CropName) {
  return (
    asset.renditions
      .filter((r) => r.format === 'jpeg' && r.crop === crop)
      .sort((a, b) => b.width - a.width)[0] ?? largestJpeg(asset)
  )
}

/**
 * The picture as schema.org ImageObjects, one per shape Google asks for (16:9, 4:3, 1:1, each cut around the focal
 * point), or the whole picture alone while its crops are not made. Each carries the caption, credit, copyright and
 * licence links.
 */
export function imageObjectsJsonLd(
  settings: Settings,
  asset: Asset,
  use: { caption: string; credit: string; alt: string },
) {
  const crops = (['16x9', '4x3', '1x1'] as const).flatMap((crop) =>
    asset.renditions.some((r) => r.crop === crop && r.format === 'jpeg') ? [largestJpegOf(asset, crop)!] : [],
  )
  const full = largestJpeg(asset)
  const renditions = crops.length ? crops : full ? [full] : []
  return renditions.map((r) => ({
    '@type': 'ImageObject',
    url: absoluteUrl(settings.siteUrl, renditionPath(r)),
    contentUrl: absoluteUrl(settings.siteUrl, renditionPath(r)),
    width: r.width,
    height: r.height,
    ...(use.caption ? { caption: use.caption } : {}),
    ...(use.credit ? { creditText: use.credit } : {}),
    ...(asset.copyright ? { copyrightNotice: asset.copyright } : {}),
    ...(asset.licenseUrl ? { license: asset.licenseUrl } : {}),
    ...(asset.acquireLicenseUrl ? { acquireLicensePage: asset.acquireLicenseUrl } : {}),
  }))
}

/** schema.org NewsArticle for a story, with its times in the site's zone and their numeric offset. */
export function newsArticleJsonLd(input: {
  article: Article
  corrections: readonly Correction[]
  desk: Desk | null
  section: Section | null
  assets: ReadonlyMap<number, Asset>
  settings: Settings
  canonicalUrl: string
}) {
  const { article, section, assets, settings } = input
  const zone = settings.timeZone
  const lead = article.leadImage && assets.get(article.leadImage.assetId)
  const images = lead && article.leadImage ? imageObjectsJsonLd(settings, lead, article.leadImage) : []
  const published = article.firstPublishedAt ?? article.modifiedAt
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.canonicalUrl },
    url: input.canonicalUrl,
    headline: article.headline.slice(0, 110),
    ...(article.summary ? { description: article.summary } : {}),
    inLanguage: article.language,
    datePublished: toZonedIso(published, zone),
    dateModified: toZonedIso(article.updatedAt ?? published, zone),
    ...(images.length ? { image: images } : {}),
    ...(article.contributors.length ? { author: article.contributors.map(authorJsonLd) } : {}),
    publisher: publisherJsonLd(settings),
    ...(section ? { articleSection: section.name } : {}),
    ...(article.dateline ? { dateline: article.dateline.place } : {}),
    ...(article.source ? { sourceOrganization: { '@type': 'Organization', name: article.source.name } } : {}),
    ...(article.tags.length ? { keywords: article.tags.join(', ') } : {}),
    ...(input.corrections.length
      ? {
          correction: input.corrections.map((c) => ({
            '@type': 'CorrectionComment',
            text: c.note,
            datePublished: toZonedIso(c.createdAt, zone),
          })),
        }
      : {}),
    isAccessibleForFree: true,
  }
}

/** schema.org BreadcrumbList: the front page, then each step down to this page. */
export function breadcrumbJsonLd(settings: Settings, trail: readonly { name: string; path: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [{ name: settings.siteName, path: '/' }, ...trail].map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(settings.siteUrl, item.path),
    })),
  }
}
