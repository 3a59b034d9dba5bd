import type { WireSubject } from '../../core/normalized-item.ts'
import { attr, childElements, descend } from './xml-tree.ts'
import type { XmlElement } from './xml-tree.ts'

const SUBJECT_CODE_URI = 'http://cv.iptc.org/newscodes/subjectcode/'

/**
 * `tobject.subject`s. IPTC's eight-digit refnums are the old Subject NewsCodes, not Media Topics (the numbers do not
 * match), so they keep their Subject Code uri and no mediaTopic. An agency's own codes (EFE's `F01001000`) become a
 * QCode-like `efe:F01001000`, so routing rules can still name them. The name is the most specific label given.
 */
export function subjectsOf(nitf: XmlElement): WireSubject[] {
  const out: WireSubject[] = []
  const seen = new Set<string>()
  for (const tobject of childElements(descend(nitf, 'head'), 'tobject')) {
    for (const subject of childElements(tobject, 'tobject.subject')) {
      const code = attr(subject, 'tobject.subject.refnum')
      const ipr = attr(subject, 'tobject.subject.ipr')
      const name =
        attr(subject, 'tobject.subject.detail') ||
        attr(subject, 'tobject.subject.matter') ||
        attr(subject, 'tobject.subject.type') ||
        code
      if (!name) continue
      const iptc = /^\d{8}$/.test(code) && (!ipr || ipr.toUpperCase() === 'IPTC')
      const uri = iptc
        ? SUBJECT_CODE_URI + code
        : code
          ? `${(ipr || 'nitf').toLowerCase()}:${code}`
          : undefined
      const key = uri ?? `name:${name}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push(uri ? { name, uri } : { name })
    }
  }
  return out
}
