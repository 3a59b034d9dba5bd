const MEDIA_TOPIC = /^(?:https?:\/\/cv\.iptc\.org\/newscodes\/mediatopic\/|medtop:)(\d{8})\/?$/i

/**
 * The eight-digit IPTC Media Topic code in a subject's URI or QCode (`http://cv.iptc.org/newscodes/mediatopic/…`,
 * https, or `medtop:…`), or undefined. Agencies' own schemes that reuse the numbers (TT's subref) are not Media Topics.
 */
export function mediaTopicCode(uriOrQcode: string | null | undefined): string | undefined {
  return MEDIA_TOPIC.exec(uriOrQcode?.trim() ?? '')?.[1]
}
