/**
 * Structured data in a script element. JSON is not HTML: `<` is escaped so no text in it can close the element.
 */
export function JsonLdScript({ data }: { data: object }) {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
