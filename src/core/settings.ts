import { z } from 'zod'

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** The site's settings. Each key validates on its own, so `dateline settings set KEY VALUE` can check one value. */
export const settingsShape = {
  siteName: z.string().trim().min(1).max(120),
  /** The public address, used for canonical links, feeds and sitemaps. */
  siteUrl: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
    .transform((u) => u.replace(/\/+$/, '')),
  tagline: z.string().max(200),
  /** BCP 47 tag of the site's main language. */
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en or bn-BD'),
  /** IANA zone in which readers see times, e.g. Asia/Dhaka. */
  timeZone: z.string().refine(isIanaZone, 'must be an IANA time zone such as Asia/Dhaka'),
  /** The label printed in stamps, e.g. "BDST". The paper's own choice; never parsed. */
  zoneLabel: z.string().trim().min(1).max(12),
  rightsNotice: z.string().max(1000),
  /** How long a spiked story can still be restored before it is deleted for good. */
  spikeRetentionDays: z.coerce.number().int().min(1).max(3650),
} as const

export const settingsSchema = z.object(settingsShape)
export type Settings = z.infer<typeof settingsSchema>
export type SettingKey = keyof Settings
export const settingKeys = Object.keys(settingsShape) as SettingKey[]

export const defaultSettings: Settings = {
  siteName: 'The Dateline',
  siteUrl: 'http://localhost:3000',
  tagline: 'News as it happens, from every desk',
  language: 'en',
  timeZone: 'Asia/Dhaka',
  zoneLabel: 'BDST',
  rightsNotice:
    'Copyright © The Dateline. All rights reserved. No part of this site may be reproduced without permission.',
  spikeRetentionDays: 30,
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingsShape, key)
}
