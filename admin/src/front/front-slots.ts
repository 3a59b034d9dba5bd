import type { Section } from '../api/types.ts'

/** One place on the front page an editor can fill (see src/core/front-page.ts for the server's list). */
export interface SlotInfo {
  /** The API's name: `lead`, `top-1`, `more-2`, `section:4`. */
  name: string
  /** What the newsroom calls it: "Lead", "Top 2", "More 1", the section's name. */
  label: string
  kind: 'lead' | 'top' | 'more' | 'section'
}

const fixed: SlotInfo[] = [
  { name: 'lead', label: 'Lead', kind: 'lead' },
  ...[1, 2, 3].map((n) => ({ name: `top-${n}`, label: `Top ${n}`, kind: 'top' as const })),
  ...[1, 2, 3].map((n) => ({ name: `more-${n}`, label: `More ${n}`, kind: 'more' as const })),
]

/** Every slot, in the order a reader meets them: the lead, beside it, under it, then each section's featured story. */
export function frontSlotList(sections: readonly Section[]): SlotInfo[] {
  return [
    ...fixed,
    ...sections.map((s) => ({ name: `section:${s.id}`, label: s.name, kind: 'section' as const })),
  ]
}

/** A pinned story as the screen holds it (a draft pin has not been saved yet). */
export interface Pin {
  articleId: number
  headline: string
  /** False when the story is no longer on the site: the reader's page passes the pin over. */
  published: boolean
}

/** Slot name to pin, or null where a change empties the slot. */
export type SlotChanges = Record<string, Pin | null>

/** What each slot holds: the saved pins with the unsaved changes over them. */
export function slotsWithChanges(saved: Record<string, Pin>, changes: SlotChanges): Record<string, Pin> {
  const out: Record<string, Pin> = { ...saved }
  for (const [slot, pin] of Object.entries(changes)) {
    if (pin) out[slot] = pin
    else delete out[slot]
  }
  return out
}

/**
 * Pins `pin` to `slot` over `changes`. A story stands in one slot only (the site would show it in the first anyway),
 * so a story already elsewhere moves: the other slot is emptied. Changes that come back to the saved pin are dropped.
 * Returns the new changes and the slot the story left, if any.
 */
export function withPin(
  saved: Record<string, Pin>,
  changes: SlotChanges,
  slot: string,
  pin: Pin | null,
): { changes: SlotChanges; movedFrom: string | null } {
  const current = slotsWithChanges(saved, changes)
  const next: SlotChanges = { ...changes, [slot]: pin }
  let movedFrom: string | null = null
  if (pin) {
    for (const [other, held] of Object.entries(current)) {
      if (other !== slot && held.articleId === pin.articleId) {
        next[other] = null
        movedFrom = other
      }
    }
  }
  for (const [name, value] of Object.entries(next)) {
    const before = saved[name]
    if ((value === null && !before) || (value && before && value.articleId === before.articleId))
      delete next[name]
  }
  return { changes: next, movedFrom }
}

/** The PATCH /front body for the changes: slot name to story id, or null to empty it. */
export function changesBody(changes: SlotChanges): Record<string, number | null> {
  return Object.fromEntries(Object.entries(changes).map(([slot, pin]) => [slot, pin ? pin.articleId : null]))
}

/** The API's messages about slots (422), by slot name (the path is the slot, or `slots.<slot>`). */
export function slotErrors(fields: readonly { path: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of fields) {
    const slot = f.path.replace(/^slots\./, '')
    out[slot] = out[slot] ? `${out[slot]}; ${f.message}` : f.message
  }
  return out
}
