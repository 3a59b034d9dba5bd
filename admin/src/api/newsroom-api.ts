import { apiCall } from './client.ts'
import type {
  Asset,
  Desk,
  Page,
  Section,
  Settings,
  RevisionComparison,
  RevisionMeta,
  StaffMember,
  Story,
  StoryFields,
  StoryPresence,
  StorySummary,
  Transition,
  User,
  WireItem,
  WireSource,
  WireStatus,
  WorkflowState,
} from './types.ts'

/** Every call the newsroom app makes, each a route of the public API, so an integration can do the same. */
export const newsroomApi = {
  session: () => apiCall<{ user: User }>('GET', '/session', { quiet: true }),
  signIn: (email: string, password: string) =>
    apiCall<{ user: User }>('POST', '/session', { body: { email, password }, quiet: true }),
  signOut: () => apiCall<{ ok: true }>('DELETE', '/session', { quiet: true }),
  changePassword: (current: string, next: string) =>
    apiCall<{ user: User }>('POST', '/session/password', { body: { current, next }, quiet: true }),

  settings: () => apiCall<Settings>('GET', '/settings'),
  desks: () => apiCall<{ items: Desk[] }>('GET', '/desks'),
  sections: () => apiCall<{ items: Section[] }>('GET', '/sections'),

  /** Stories filtered by desk and by one or several workflow states. */
  stories: ({
    state,
    ...query
  }: {
    desk?: number
    state?: WorkflowState | WorkflowState[]
    limit?: number
    q?: string
  }) =>
    apiCall<Page<StorySummary>>('GET', '/articles', {
      query: { ...query, ...(state !== undefined ? { state: [state].flat().join(',') } : {}) },
    }),
  story: (id: number) => apiCall<Story>('GET', `/articles/${id}`),
  createStory: (fields: { headline: string; deskId: number }) =>
    apiCall<Story>('POST', '/articles', { body: fields }),
  /** Saves text and details; `version` is the one they were based on (If-Match), a stale one gets 409. */
  saveStory: (id: number, version: number, fields: Partial<StoryFields>) =>
    apiCall<Story>('PATCH', `/articles/${id}`, { body: fields, headers: { 'if-match': `"v${version}"` } }),
  /** Keeps text that was not saved as a revision, without changing the story. */
  keepUnsaved: (id: number, fields: Partial<StoryFields>, note: string) =>
    apiCall<{ number: number; note: string }>('POST', `/articles/${id}/revisions`, {
      body: { fields, note },
    }),
  /** A workflow move, based on `version`; the body carries the move's options (minor, at, note, reason). */
  transition: (id: number, version: number, transition: Transition, body: Record<string, unknown> = {}) =>
    apiCall<Story>('POST', `/articles/${id}/${transition}`, {
      body,
      headers: { 'if-match': `"v${version}"` },
    }),
  revisions: (id: number) => apiCall<{ items: RevisionMeta[] }>('GET', `/articles/${id}/revisions`),
  compareRevisions: (id: number, from: number, to: number) =>
    apiCall<RevisionComparison>('GET', `/articles/${id}/revisions/compare`, { query: { from, to } }),
  /** Brings revision `number` back as a new save, based on the story's current `version`. */
  restoreRevision: (id: number, number: number, version: number) =>
    apiCall<Story>('POST', `/articles/${id}/revisions/${number}/restore`, {
      body: {},
      headers: { 'if-match': `"v${version}"` },
    }),
  staff: () => apiCall<{ items: StaffMember[] }>('GET', '/staff'),
  presence: (id: number, want: { editing: boolean; takeOver?: boolean }) =>
    apiCall<StoryPresence>('PUT', `/articles/${id}/presence`, { body: want }),
  leave: (id: number) => apiCall<void>('DELETE', `/articles/${id}/presence`, { keepalive: true }),
  asset: (id: number) => apiCall<Asset>('GET', `/assets/${id}`),

  wireQueue: (query: {
    desk?: number
    source?: number
    status?: WireStatus
    urgency?: number
    q?: string
    limit?: number
  }) => apiCall<Page<WireItem>>('GET', '/ingest', { query }),
  fetchToDesk: (itemId: number, deskId: number) =>
    apiCall<StorySummary>('POST', `/ingest/${itemId}/fetch`, { body: { deskId } }),
  /** Editors and above; a reporter gets 403 and the app names sources from the items it has seen. */
  wireSources: () => apiCall<{ items: WireSource[] }>('GET', '/sources'),
}
