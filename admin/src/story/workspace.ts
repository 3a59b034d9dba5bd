import type { Story, StoryDetails } from '../api/types.ts'

/** What the side panel shows and changes; the editor saves it with the text. */
export interface Workspace {
  /** The story as last loaded or saved. */
  story: Story
  /** The person holds the editor and no conflict is open: fields may change and actions may be taken. */
  editable: boolean
  details: StoryDetails
  setDetails(patch: Partial<StoryDetails>): void
  /** Messages of the last refused save, by field path (`dateline.place`, `tags.2`). */
  fieldErrors: Record<string, string>
  /** Saves what is on screen now; true when nothing is left unsaved. */
  flush(): Promise<boolean>
  /** The version the next write must name. */
  version(): number
  /** Puts a story the server answered with (after an action, a restore) on screen. */
  adopt(story: Story): void
}

export const detailsOf = (s: Story): StoryDetails => ({
  deskId: s.deskId,
  stageId: s.stageId,
  sectionId: s.sectionId,
  contributors: s.contributors,
  source: s.source,
  dateline: s.dateline,
  topics: s.topics,
  tags: s.tags,
  leadImage: s.leadImage,
  embargoedUntil: s.embargoedUntil,
})
