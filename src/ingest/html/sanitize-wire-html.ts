import sanitizeHtml from 'sanitize-html'

/** Classes that carry meaning for the block walk; every other class is stripped. */
export const CREDIT_CLASSES = ['byline', 'credit']
/** TT's html bodies open with `<div class="dat">` (vignette and source): metadata the item already carries. */
export const METADATA_CLASS = 'dat'

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'figure',
    'figcaption',
    'img',
    'a',
    'b',
    'strong',
    'i',
    'em',
    'br',
    'div',
    'span',
    'section',
    'article',
    'cite',
    'small',
    'footer',
    'table',
    'tr',
    'td',
    'th',
  ],
  allowedAttributes: {
    a: ['href'],
    img: ['src', 'alt', 'width', 'height', 'data-preview-src', 'data-assoc-ref', 'data-uri', 'uri'],
    '*': ['class'],
  },
  allowedClasses: { '*': [...CREDIT_CLASSES, METADATA_CLASS] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // Disallowed tags are unwrapped and their text kept, except these, which go with everything inside them.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'xmp',
    'iframe',
    'object',
    'embed',
    'form',
    'noscript',
    'template',
    'title',
    'head',
    'svg',
    'math',
    'select',
    'noembed',
    'noframes',
    'video',
    'audio',
    'canvas',
  ],
}

/**
 * Wire HTML reduced to an allowlist: the structure the block walk understands, links with safe schemes, images with
 * their source attributes, and nothing that runs or styles. Entities are decoded once and text re-escaped, so
 * `&amp;#8217;` stays the visible text `&#8217;` when the result is parsed again.
 */
export function sanitizeWireHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS)
}
