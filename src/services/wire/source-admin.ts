import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts'
import { startOfNextDay } from '../../core/time-format.ts'
import type { RoutingRule, RuleMatch, Source, SourceFormat, SourceKind } from '../../core/wire-desk.ts'
import { newSecret, secretHash } from '../accounts/secret-token.ts'
import { auditEntry, type ActedBy } from '../acted-by.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { loadSettings } from '../settings-service.ts'

export interface NewSourceInput {
  name: string
  format: SourceFormat
  url?: string | undefined
  dir?: string | undefined
  /** Neither url nor dir: the agency pushes to the API. */
  intervalSeconds: number
  deskId: number | null
  autoPublish: boolean
}

/**
 * A new source. Every source gets a token (shown once): it is what the agency sends to push documents to
 * `POST /api/v1/ingest/push/{source}`, whatever else the source does.
 */
export async function addSource(
  deps: ServiceDeps,
  input: NewSourceInput,
  by: ActedBy,
): Promise<{ source: Source; token: string }> {
  if (input.url && input.dir) {
    throw new ValidationError('A source is a URL or a folder, not both', [
      { path: 'dir', message: 'give url or dir, not both' },
    ])
  }
  if (await deps.store.sources.getByName(input.name)) {
    throw new ConflictError(`There is already a source named ${input.name}`, { code: 'source_exists' })
  }
  const kind: SourceKind = input.url ? 'url' : input.dir ? 'dir' : 'push'
  const token = newSecret('dlw')
  const at = deps.clock.now().toISOString()
  const source = await deps.store.transaction(async (tx) => {
    const created = await tx.sources.create(
      {
        name: input.name,
        format: input.format,
        kind,
        url: input.url ?? null,
        dir: input.dir ?? null,
        intervalSeconds: input.intervalSeconds,
        deskId: input.deskId,
        autoPublish: input.autoPublish,
        enabled: true,
        tokenHash: secretHash(token),
      },
      at,
    )
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'source.create',
        targetType: 'source',
        targetId: created.id,
        details: { name: created.name, kind, autoPublish: created.autoPublish },
      }),
    )
    return created
  })
  return { source, token }
}

export async function removeSource(deps: ServiceDeps, idOrName: number | string, by: ActedBy): Promise<void> {
  const source =
    typeof idOrName === 'number'
      ? await deps.store.sources.get(idOrName)
      : await deps.store.sources.getByName(idOrName)
  if (!source) throw new NotFoundError('Source', idOrName)
  const at = deps.clock.now().toISOString()
  await deps.store.transaction(async (tx) => {
    await tx.sources.delete(source.id)
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'source.delete',
        targetType: 'source',
        targetId: source.id,
        details: { name: source.name },
      }),
    )
  })
}

/** Every source with its state, and how many documents it delivered today (in the site's zone). */
export async function listSources(deps: ServiceDeps): Promise<(Source & { itemsToday: number })[]> {
  const { timeZone } = await loadSettings(deps.store)
  const now = deps.clock.now()
  // The start of today: the start of the next day, less a day (the zone's midnight, whatever its offset).
  const startOfToday = new Date(startOfNextDay(new Date(now.getTime() - 86_400_000), timeZone)).toISOString()
  const sources = await deps.store.sources.list()
  return Promise.all(
    sources.map(async (s) => ({
      ...s,
      itemsToday: await deps.store.wireDocuments.countSince(s.id, startOfToday),
    })),
  )
}

export async function addRule(
  deps: ServiceDeps,
  input: {
    sourceId: number | null
    name: string
    match: RuleMatch
    deskId: number | null
    stageId: number | null
    publish: boolean
    position?: number
  },
  by: ActedBy,
): Promise<RoutingRule> {
  if (input.sourceId !== null && !(await deps.store.sources.get(input.sourceId))) {
    throw new ValidationError('Unknown source', [
      { path: 'sourceId', message: `no source with id ${input.sourceId}` },
    ])
  }
  if (input.deskId !== null && !(await deps.store.desks.get(input.deskId))) {
    throw new ValidationError('Unknown desk', [
      { path: 'deskId', message: `no desk with id ${input.deskId}` },
    ])
  }
  if (input.stageId !== null) {
    const stage = await deps.store.stages.get(input.stageId)
    if (!stage || stage.deskId !== input.deskId) {
      throw new ValidationError('Unknown stage', [
        { path: 'stageId', message: `no stage ${input.stageId} on that desk` },
      ])
    }
  }
  const rules = await deps.store.routingRules.list()
  const at = deps.clock.now().toISOString()
  return deps.store.transaction(async (tx) => {
    const rule = await tx.routingRules.create(
      { ...input, position: input.position ?? rules.reduce((max, r) => Math.max(max, r.position), 0) + 1 },
      at,
    )
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'rule.create',
        targetType: 'rule',
        targetId: rule.id,
        details: { ...input },
      }),
    )
    return rule
  })
}

export async function removeRule(deps: ServiceDeps, id: number, by: ActedBy): Promise<void> {
  if (!(await deps.store.routingRules.list()).some((r) => r.id === id))
    throw new NotFoundError('Routing rule', id)
  const at = deps.clock.now().toISOString()
  await deps.store.transaction(async (tx) => {
    await tx.routingRules.delete(id)
    await tx.audit.append(
      auditEntry({ by, at, action: 'rule.delete', targetType: 'rule', targetId: id, details: {} }),
    )
  })
}
