import type { SiteSettings } from './manage-api.ts'

export type SettingKey = keyof SiteSettings

/** Every setting as a form holds it: text, as typed. */
export type SettingsDraft = Record<SettingKey, string>

export const SETTING_KEYS: SettingKey[] = [
  'siteName',
  'tagline',
  'siteUrl',
  'language',
  'timeZone',
  'zoneLabel',
  'rightsNotice',
  'aiCrawlers',
  'aiCrawlerAgents',
  'tdmReservation',
  'tdmPolicyUrl',
  'spikeRetentionDays',
  'purgeUrl',
]

/** How each setting is named on screen (the read-only view and the form share them). */
export const SETTING_LABELS: Record<SettingKey, string> = {
  siteName: 'Name of the paper',
  tagline: 'Tagline',
  siteUrl: 'Public address',
  language: 'Language',
  timeZone: 'Time zone',
  zoneLabel: 'Zone label',
  rightsNotice: 'Rights notice',
  aiCrawlers: 'AI crawlers',
  aiCrawlerAgents: 'AI crawlers named',
  tdmReservation: 'Text and data mining',
  tdmPolicyUrl: 'Mining policy address',
  spikeRetentionDays: 'Keep spiked stories for (days)',
  purgeUrl: 'CDN purge address',
}

export function draftOf(settings: SiteSettings): SettingsDraft {
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, String(settings[k])])) as SettingsDraft
}

/** The settings whose text differs from what is stored, as the API takes them (numbers where it wants numbers). */
export function changedSettings(draft: SettingsDraft, stored: SiteSettings): Partial<SiteSettings> {
  const patch: Record<string, string | number> = {}
  for (const key of SETTING_KEYS) {
    if (draft[key] === String(stored[key])) continue
    patch[key] = key === 'tdmReservation' ? Number(draft[key]) : draft[key]
  }
  return patch as Partial<SiteSettings>
}

/** The time now in a zone, with the paper's label (`14:05 BDST`); null while the zone typed is not a real one. */
export function clockIn(zone: string, label: string, now: number): string | null {
  try {
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(now)
    return `${time} ${label}`.trim()
  } catch {
    return null
  }
}

/** The IANA zones the browser knows, for suggestions as one types. */
export function knownZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] }
  try {
    return intl.supportedValuesOf?.('timeZone') ?? []
  } catch {
    return []
  }
}
