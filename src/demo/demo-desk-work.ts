import { articleContentSchema } from '../core/article.ts'
import { storyNewsroomKeys } from '../core/newsroom-keys.ts'
import { slugify } from '../core/slug.ts'
import type { WorkflowState } from '../core/workflow.ts'
import { commitChange } from '../services/commit-change.ts'
import type { ServiceDeps } from '../services/service-deps.ts'
import { receiveDocument } from '../services/wire/receive-document.ts'

/** The desk whose day is under way in the demo: the first one an administrator sees (desks list by name). */
export const DEMO_WORK_DESK = 'Business Desk'

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ text }] })

/** Stories in progress, one per stage: all invented for the demo. */
const stories: { stage: number; state: WorkflowState; headline: string; summary: string; body: string[] }[] =
  [
    {
      stage: 0,
      state: 'draft',
      headline: 'Jute mills ask for a longer window to meet the new packaging rule',
      summary:
        'Mill owners say six months is too short to retool spinning lines for the finer yarn buyers now want.',
      body: [
        'Owners of eleven state-leased jute mills wrote to the commerce ministry this week asking for more time.',
      ],
    },
    {
      stage: 1,
      state: 'draft',
      headline: 'Mobile wallets pass bank branches in monthly rural transactions',
      summary:
        'Central bank figures show wallet payments in villages overtook counter deposits for the first time.',
      body: [
        'Payments made through mobile wallets outside the cities outnumbered deposits at bank counters last month.',
        'Agents in market towns said farmers now sell produce and pay for seed without visiting a branch.',
      ],
    },
    {
      stage: 2,
      state: 'submitted',
      headline: 'Shrimp exporters count losses as a cold-store fire shuts a Khulna hub',
      summary:
        'A weekend fire at a cold store used by a dozen exporters has delayed shipments bound for Europe.',
      body: [
        'Firefighters took four hours to bring the blaze under control, the fire service said.',
        'Exporters said frozen stock worth several million taka was lost and buyers had been told of delays.',
      ],
    },
  ]

/** Wire copy waiting in the desk's queue, as an agency would send it (ninjs 2): invented for the demo. */
const wireItems = [
  {
    uri: 'urn:demo:meridian:tea-auction',
    urgency: 3,
    headline: 'Tea auction prices firm as buyers chase the last of the season’s leaf',
    text: 'Prices at the weekly tea auction rose for a third week as packers bought ahead of the lean months.',
  },
  {
    uri: 'urn:demo:meridian:port-tariff',
    urgency: 2,
    headline: 'Port authority proposes a tariff cut for vessels calling at night',
    text: 'The proposal would lower berth charges for ships that load and unload between ten at night and six.',
  },
  {
    uri: 'urn:demo:meridian:rice-stocks',
    urgency: 4,
    headline: 'Government rice stocks stand above the safety level, food office says',
    text: 'Public warehouses held enough rice to cover the ration programme until the next harvest.',
  },
]

/**
 * The demo newsroom at work: on one desk, a story in each stage (two drafts and one submitted) and three wire items
 * waiting to be fetched, so the dashboard shows a working day. Nothing of it reaches readers.
 */
export async function seedDeskWork(deps: ServiceDeps): Promise<void> {
  const desk = (await deps.store.desks.list()).find((d) => d.name === DEMO_WORK_DESK)
  if (!desk) return
  const stages = await deps.store.stages.list(desk.id)
  const now = deps.clock.now().getTime()

  await commitChange(deps, async (tx) => {
    const keys: string[] = []
    for (const [i, story] of stories.entries()) {
      const content = articleContentSchema.parse({
        slug: slugify(story.headline),
        headline: story.headline,
        summary: story.summary,
        body: story.body.map(paragraph),
        deskId: desk.id,
        sectionId: desk.defaultSectionId,
        contributors: [{ kind: 'staff', name: 'Demo Reporter', role: 'Staff Correspondent' }],
        source: null,
        leadImage: null,
        dateline: { place: 'DHAKA' },
        topics: ['04000000'],
        tags: [],
        language: 'en',
      })
      const at = new Date(now - (stories.length - i) * 40 * 60_000).toISOString()
      const article = await tx.articles.create(
        {
          ...content,
          status: 'draft',
          state: story.state,
          stageId: stages[story.stage]?.id ?? null,
          provenance: null,
          firstPublishedAt: null,
          updatedAt: null,
        },
        at,
      )
      await tx.revisions.append({
        articleId: article.id,
        content,
        changedFields: [],
        userId: null,
        note: 'demo',
        version: article.version,
        createdAt: at,
      })
      keys.push(...storyNewsroomKeys(article))
    }
    return { result: undefined, change: { keys, reason: 'demo.desk-work' } }
  })

  for (const [i, item] of wireItems.entries()) {
    await receiveDocument(deps, {
      bytes: new TextEncoder().encode(
        JSON.stringify({
          uri: item.uri,
          version: '1',
          versioncreated: new Date(now - (i + 1) * 25 * 60_000).toISOString(),
          urgency: item.urgency,
          provider: { name: 'Meridian News Agency' },
          headlines: [{ value: item.headline }],
          bodies: [{ contentType: 'text/plain', value: item.text }],
        }),
      ),
      origin: 'demo-wire.json',
      deskName: desk.name,
    })
  }
}
