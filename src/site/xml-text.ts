/**
 * Text for XML documents we write by hand (feeds and sitemaps: no npm library writes Media RSS with credits, Google
 * News sitemaps and streamed sitemap files together, and the formats are small). Every value goes through here.
 */
export function xmlEscape(text: string): string {
  return (
    text
      // Characters XML 1.0 does not allow at all are dropped rather than escaped.
      .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  )
}

/** An element with escaped attributes and already-escaped content (or none). */
export function element(
  name: string,
  attributes: Record<string, string | number | undefined>,
  content?: string,
): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join('')
  return content === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`
}

/** A text element: `<title>escaped</title>`. */
export const textElement = (
  name: string,
  text: string,
  attributes: Record<string, string | undefined> = {},
) => element(name, attributes, xmlEscape(text))

/** HTML inside CDATA; a `]]>` in the HTML is split across two sections so it cannot end the first early. */
export const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
