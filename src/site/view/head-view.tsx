import { absoluteUrl } from '../urls.ts'
import { JsonLdScript } from './json-ld-script.tsx'
import type { HeadMeta, SiteContext } from './site-context.ts'
import { siteCss } from './styles.ts'

/** Open Graph wants language_TERRITORY; a bare language has no honest territory to add, so it is left out. */
const ogLocale = (language: string) =>
  /^[a-z]{2,3}-[A-Z]{2}$/.test(language) ? language.replace('-', '_') : null

export function HeadView({ ctx, meta }: { ctx: SiteContext; meta: HeadMeta }) {
  const { settings } = ctx
  const canonical = absoluteUrl(settings.siteUrl, meta.canonicalPath)
  const description = meta.description.slice(0, 300)
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{meta.title}</title>
      <meta name="description" content={description} />
      {!meta.noindex && <link rel="canonical" href={canonical} />}
      <meta name="robots" content={meta.noindex ? 'noindex' : 'index, follow, max-image-preview:large'} />
      <meta name="tdm-reservation" content={String(settings.tdmReservation)} />
      {settings.tdmReservation === 1 && settings.tdmPolicyUrl && (
        <meta name="tdm-policy" content={settings.tdmPolicyUrl} />
      )}
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      <link rel="alternate" type="application/rss+xml" title={settings.siteName} href="/feed.xml" />
      <link rel="alternate" type="application/atom+xml" title={settings.siteName} href="/atom.xml" />
      <meta name="theme-color" content="#fffdf8" />
      <meta property="og:site_name" content={settings.siteName} />
      <meta property="og:type" content={meta.type} />
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={canonical} />
      {ogLocale(meta.language ?? settings.language) && (
        <meta property="og:locale" content={ogLocale(meta.language ?? settings.language)!} />
      )}
      {meta.image && (
        <>
          <meta property="og:image" content={meta.image.url} />
          <meta property="og:image:width" content={String(meta.image.width)} />
          <meta property="og:image:height" content={String(meta.image.height)} />
          <meta property="og:image:alt" content={meta.image.alt} />
        </>
      )}
      {(meta.articleProperties ?? []).map(([property, content]) => (
        <meta property={property} content={content} />
      ))}
      <meta name="twitter:card" content={meta.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={meta.title.slice(0, 70)} />
      <meta name="twitter:description" content={description.slice(0, 200)} />
      {meta.image && <meta name="twitter:image" content={meta.image.url} />}
      {meta.image && <meta name="twitter:image:alt" content={meta.image.alt} />}
      <style dangerouslySetInnerHTML={{ __html: siteCss }} />
      {(meta.jsonLd ?? []).map((data) => (
        <JsonLdScript data={data} />
      ))}
    </head>
  )
}
