/** How the history names what each save did and which fields it touched. */

const NOTES: Record<string, string> = {
  edit: 'Edited',
  create: 'Written',
  publish: 'Published',
  correction: 'Corrected',
  'unsaved: taken over': 'Unsaved text, kept when taken over',
}

/** A revision's note in words: "restore of revision 3" and "unsaved: conflict: Nadia's text" read as they are. */
export const describeNote = (note: string) => {
  const known = NOTES[note]
  if (known) return known
  const text = note.replace(/^unsaved: conflict: /, 'Kept in a conflict: ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const FIELD_NAMES: Record<string, string> = {
  headline: 'headline',
  summary: 'summary',
  body: 'text',
  slug: 'address',
  deskId: 'desk',
  stageId: 'stage',
  sectionId: 'section',
  contributors: 'byline',
  source: 'source',
  leadImage: 'lead picture',
  dateline: 'dateline',
  topics: 'topics',
  tags: 'tags',
  language: 'language',
  embargoedUntil: 'embargo',
}
export const fieldName = (field: string) => FIELD_NAMES[field] ?? field

/** Who made a save that no person made: the wire desk following an agency, the scheduler, or Dateline itself. */
export function automaticAuthor(note: string): string {
  if (/^(wire|fetched)/.test(note)) return 'The wire desk'
  if (note.startsWith('scheduled')) return 'The scheduler'
  return 'Dateline'
}
