import { ParseError } from '../../core/errors.ts'
import { blankItem } from '../../core/normalized-item.ts'
import type { NormalizedItem } from '../../core/normalized-item.ts'
import { nitfBody } from './nitf-body.ts'
import { readDocdata } from './nitf-docdata.ts'
import { readPeople } from './nitf-people.ts'
import { subjectsOf } from './nitf-subjects.ts'
import { datelineOf, headlineOf, languageOf, summaryOf } from './nitf-texts.ts'
import { guardParse } from './parse-guard.ts'
import { attr, parseXmlTree } from './xml-tree.ts'
import type { XmlElement } from './xml-tree.ts'

/**
 * Reads a NITF 3.x document (AP, EFE, PA …) as a normalized item. Bad input of any kind is a ParseError naming
 * `source` and, where it can, the line (XML faults) or the field (an unreadable date).
 */
export function parseNitf(text: string, options: { source: string }): NormalizedItem {
  return guardParse(options.source, 'NITF', () => read(text, options.source))
}

function read(text: string, source: string): NormalizedItem {
  const nitf = parseXmlTree(text, source)
  if (nitf.local !== 'nitf') {
    throw new ParseError({ source, message: `Expected a NITF document (root <nitf>), found <${nitf.name}>` })
  }
  const warnings: string[] = []
  const docdata = readDocdata(nitf, { source, text, warnings })
  const headline = headlineOf(nitf, warnings)
  const body = nitfBody(nitf, warnings)
  return {
    ...blankItem('nitf', formatVersionOf(nitf), docdata.uri),
    ...docdata,
    ...readPeople(nitf, warnings),
    edNote: [docdata.edNote, ...body.notes].filter(Boolean).join(' '),
    headline,
    summary: summaryOf(nitf, headline),
    body: body.blocks,
    dateline: datelineOf(nitf),
    language: languageOf(nitf),
    subjects: subjectsOf(nitf),
    warnings,
  }
}

/** "-//IPTC//DTD NITF 3.4//EN" → "3.4"; '' when the document does not say. */
function formatVersionOf(nitf: XmlElement): string {
  return /NITF\s+(\d+(?:\.\d+)*)/i.exec(attr(nitf, 'version'))?.[1] ?? ''
}
