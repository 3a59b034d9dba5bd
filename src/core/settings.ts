import { z } from 'zod'

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** A robots.txt product token: letters, digits, `-`, `_` and `.` (RFC 9309). */
const ROBOTS_TOKEN = /^[A-Za-z0-9._-]{1,64}$/

/** The robots.txt tokens of crawlers that gather text for AI, as of 2026 (the vendors' own documentation). */
export const knownAiCrawlers = [
  'GPTBot',
  'OAI-SearchBot',
  'ChatGPT-User',
  'ClaudeBot',
  'Claude-SearchBot',
  'Google-Extended',
  'Applebot-Extended',
  'CCBot',
  'PerplexityBot',
  'Meta-ExternalAgent',
]

/** The tokens of a comma- or space-separated list, each once. */
export const crawlerTokens = (list: string): string[] => [...new Set(list.split(/[\s,]+/).filter(Boolean))]

const optionalUrl = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL, or empty' }),
])

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
  /** Whether robots.txt lets the crawlers in `aiCrawlerAgents` in (`allow`) or shuts them out (`block`). */
  aiCrawlers: z.enum(['allow', 'block'], { error: 'must be allow or block' }),
  /** The robots.txt tokens of AI crawlers, separated by commas or spaces. */
  aiCrawlerAgents: z
    .string()
    .max(2000)
    .refine((list) => crawlerTokens(list).every((t) => ROBOTS_TOKEN.test(t)), {
      error: 'must be robots.txt tokens (letters, digits, - _ .) separated by commas',
    })
    .transform((list) => crawlerTokens(list).join(', ')),
  /** W3C TDMRep: 1 reserves text-and-data-mining rights (header, meta tag, /.well-known/tdmrep.json); 0 does not. */
  tdmReservation: z.coerce
    .number({ error: 'must be 0 or 1' })
    .int()
    .refine((n) => n === 0 || n === 1, { error: 'must be 0 or 1' }),
  /** Where the terms for text and data mining are published (TDMRep `tdm-policy`); empty for none. */
  tdmPolicyUrl: optionalUrl,
  /** Called with the changed cache keys (POST, JSON `{ "keys": [...] }`) so a CDN can purge; empty for none. */
  purgeUrl: optionalUrl,
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
  aiCrawlers: 'block',
  aiCrawlerAgents: knownAiCrawlers.join(', '),
  tdmReservation: 1,
  tdmPolicyUrl: '',
  purgeUrl: '',
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(settingsShape, key)
}
