import { apiCall } from '../api/client.ts'
import type { Desk, Role } from '../api/types.ts'

/**
 * The calls and shapes of the Manage screens: accounts, desks and sections, wire sources and routing rules, site
 * settings. Written from the API's schemas (src/api/schemas/*); only the fields these screens use are named.
 */

/** An account as an administrator sees it (GET /users): never its password. */
export interface Account {
  id: number
  email: string
  name: string
  role: Role
  deskIds: number[]
  disabled: boolean
  /** Made with a one-time password that has not been replaced yet. */
  mustChangePassword: boolean
  createdAt: string
}

export interface AccountInput {
  name: string
  email: string
  role: Role
  deskIds: number[]
}

/** What PATCH /users/{id} may change; disabling ends the account's sessions and tokens at once. */
export type AccountPatch = Partial<Pick<Account, 'name' | 'role' | 'deskIds' | 'disabled'>>

export interface ManagedSection {
  id: number
  name: string
  slug: string
  /** Order in the site's navigation, lowest first. */
  position: number
}

export type SourceFormat = 'auto' | 'ninjs' | 'newsml' | 'nitf' | 'rss' | 'atom'
export const sourceFormats: readonly SourceFormat[] = ['auto', 'ninjs', 'newsml', 'nitf', 'rss', 'atom']

/** An agency feed: polled at a URL, read from a folder, or pushed to the API with its token. */
export interface Source {
  id: number
  name: string
  format: SourceFormat
  kind: 'url' | 'dir' | 'push'
  url: string | null
  dir: string | null
  intervalSeconds: number
  deskId: number | null
  autoPublish: boolean
  enabled: boolean
  state: {
    nextPollAt: string | null
    failures: number
    lastSuccessAt: string | null
    lastError: string | null
    lastErrorAt: string | null
  }
  createdAt: string
  /** Documents received today, in the paper's zone. */
  itemsToday: number
}

export interface SourceInput {
  name: string
  format: SourceFormat
  url?: string
  dir?: string
  /** Seconds, or text such as `60s`, `5m`, `1h`; a minute when left out. */
  interval?: string
  deskId: number | null
  autoPublish: boolean
}

export type SourcePatch = Partial<{
  enabled: boolean
  interval: string
  deskId: number | null
  autoPublish: boolean
  format: SourceFormat
}>

/** What a routing rule looks at; every condition given must hold, an empty rule takes everything. */
export interface RuleMatch {
  /** IPTC Media Topic codes or subject URIs: the item needs one of them. */
  subjects?: string[]
  /** Words that must appear (any of them) in the headline, keywords or slugline. */
  keywords?: string[]
  /** Language prefixes such as `en`. */
  languages?: string[]
  /** Items at least this urgent (1 = flash). */
  maxUrgency?: number
}

export interface RoutingRule {
  id: number
  /** The source it applies to; null: every source. */
  sourceId: number | null
  position: number
  name: string
  match: RuleMatch
  deskId: number | null
  stageId: number | null
  /** Publish matching items at once instead of queueing them for the desk. */
  publish: boolean
  createdAt: string
}

export type RuleInput = Pick<RoutingRule, 'sourceId' | 'name' | 'match' | 'deskId' | 'stageId' | 'publish'>

/** Every site setting GET /settings answers with and PATCH /settings accepts. */
export interface SiteSettings {
  siteName: string
  siteUrl: string
  tagline: string
  language: string
  timeZone: string
  zoneLabel: string
  rightsNotice: string
  spikeRetentionDays: number
  aiCrawlers: 'allow' | 'block'
  aiCrawlerAgents: string
  tdmReservation: number
  tdmPolicyUrl: string
  purgeUrl: string
}

/** Every call the Manage screens make, each a route of the public API. */
export const manageApi = {
  accounts: () => apiCall<{ items: Account[] }>('GET', '/users'),
  createAccount: (input: AccountInput) =>
    apiCall<{ user: Account; oneTimePassword?: string }>('POST', '/users', { body: input }),
  changeAccount: (id: number, patch: AccountPatch) =>
    apiCall<Account>('PATCH', `/users/${id}`, { body: patch }),
  /** An integration token acting as the account; the answer carries the token this once. */
  createToken: (id: number, name: string) =>
    apiCall<{ id: number; name: string; userId: number; token: string }>('POST', `/users/${id}/tokens`, {
      body: { name },
    }),

  desks: () => apiCall<{ items: Desk[] }>('GET', '/desks'),
  createDesk: (input: { name: string; defaultSectionId: number | null }) =>
    apiCall<Desk>('POST', '/desks', { body: input }),
  changeDesk: (id: number, patch: { name?: string; defaultSectionId?: number | null }) =>
    apiCall<Desk>('PATCH', `/desks/${id}`, { body: patch }),
  addStage: (deskId: number, name: string) =>
    apiCall<{ id: number; name: string }>('POST', `/desks/${deskId}/stages`, { body: { name } }),

  sections: () => apiCall<{ items: ManagedSection[] }>('GET', '/sections'),
  createSection: (input: { name: string; slug?: string }) =>
    apiCall<ManagedSection>('POST', '/sections', { body: input }),
  changeSection: (id: number, patch: { name?: string; slug?: string }) =>
    apiCall<ManagedSection>('PATCH', `/sections/${id}`, { body: patch }),

  sources: () => apiCall<{ items: Source[] }>('GET', '/sources'),
  /** The answer carries the source's push token this once. */
  createSource: (input: SourceInput) =>
    apiCall<{ source: Source; token: string }>('POST', '/sources', { body: input }),
  changeSource: (id: number, patch: SourcePatch) =>
    apiCall<Source>('PATCH', `/sources/${id}`, { body: patch }),
  deleteSource: (id: number) => apiCall<void>('DELETE', `/sources/${id}`),

  rules: () => apiCall<{ items: RoutingRule[] }>('GET', '/routing-rules'),
  createRule: (input: RuleInput) => apiCall<RoutingRule>('POST', '/routing-rules', { body: input }),
  deleteRule: (id: number) => apiCall<void>('DELETE', `/routing-rules/${id}`),

  settings: () => apiCall<SiteSettings>('GET', '/settings'),
  /** All of the changes or, when one key or value is wrong, none (422 naming each wrong one). */
  changeSettings: (patch: Partial<SiteSettings>) =>
    apiCall<SiteSettings>('PATCH', '/settings', { body: patch }),
}
