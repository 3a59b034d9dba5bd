import { z } from 'zod'

/*
 * The 3.x fields Dateline reads, checked for type only. Objects are loose: ninjs minor versions add optional fields,
 * and agencies add their own (AP's `signals`), so unknown keys pass and are ignored. `null` counts as absent.
 */
const text = z.string().nullish()

const textEntrySchema = z.looseObject({ role: text, contentType: text, value: text })

export const renditionSchema = z.looseObject({
  name: text,
  href: text,
  contentType: text,
  title: text,
  width: z.number().nullish(),
  height: z.number().nullish(),
})

const conceptSchema = z.looseObject({ name: text, uri: text, literal: text })
const infoSourceSchema = z.looseObject({ name: text, role: text, uri: text })

/** What an item and an association (a picture inside an item) have in common. */
const mediaFields = {
  uri: text,
  type: text,
  name: text,
  headlines: z.array(textEntrySchema).nullish(),
  descriptions: z.array(textEntrySchema).nullish(),
  by: text,
  /** Not in ninjs, but sent by Superdesk and AP exports; the ninjs way is a description with role `creditline`. */
  creditline: text,
  copyrightHolder: text,
  copyrightNotice: text,
  renditions: z.array(renditionSchema).nullish(),
}

export const ninjsAssociationSchema = z.looseObject(mediaFields)

export const ninjsItemSchema = z.looseObject({
  ...mediaFields,
  version: z.union([z.string(), z.number()]).nullish(),
  pubStatus: text,
  firstCreated: text,
  versionCreated: text,
  embargoedUntil: text,
  /** The 3.0 guide's spelling; the 3.x schemas say embargoedUntil. */
  embargoed: text,
  urgency: z.union([z.number(), z.string()]).nullish(),
  language: text,
  lang: text,
  edNote: text,
  slugline: text,
  expires: text,
  usageTerms: z.union([z.string(), z.array(z.string())]).nullish(),
  title: text,
  bodies: z.array(textEntrySchema).nullish(),
  located: z.union([z.string(), z.looseObject({ name: text })]).nullish(),
  subjects: z.array(conceptSchema).nullish(),
  keywords: z.array(z.string()).nullish(),
  infoSources: z.array(infoSourceSchema).nullish(),
  /** AP's API names the agency here; not part of ninjs. */
  provider: z.union([z.string(), z.looseObject({ name: text })]).nullish(),
  associations: z.array(ninjsAssociationSchema).nullish(),
})

export type NinjsTextEntry = z.infer<typeof textEntrySchema>
export type NinjsRendition = z.infer<typeof renditionSchema>
export type NinjsMedia = z.infer<typeof ninjsAssociationSchema>
export type NinjsItem = z.infer<typeof ninjsItemSchema>
