/**
 * Feed vocabularies by namespace URI, not prefix: prefixes are the feed's own choice (oren.ru puts RSS itself in a
 * default namespace). Where publishers use more than one URI for the same vocabulary, all are listed.
 */
export const NS = {
  /** RSS 2.0 core elements: no namespace, UserLand's (oren.ru), or RSS 1.0's inside RDF. */
  rss: ['', 'http://backend.userland.com/rss2', 'http://purl.org/rss/1.0/'],
  /** Atom, and '' for feeds that forget to declare it. */
  atom: ['http://www.w3.org/2005/Atom', ''],
  atomInRss: ['http://www.w3.org/2005/Atom'],
  content: ['http://purl.org/rss/1.0/modules/content/'],
  dc: ['http://purl.org/dc/elements/1.1/', 'http://purl.org/dc/terms/'],
  media: [
    'http://search.yahoo.com/mrss/',
    'http://search.yahoo.com/mrss',
    'http://video.search.yahoo.com/mrss',
  ],
  yandex: ['http://news.yandex.ru'],
  rdf: ['http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  xhtml: ['http://www.w3.org/1999/xhtml'],
} as const
