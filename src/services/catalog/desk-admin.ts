import { cacheKeys } from '../../core/cache-keys.ts'
import type { Desk } from '../../core/desk.ts'
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts'
import type { Stage } from '../../core/newsroom-records.ts'
import type { Repositories } from '../../core/ports.ts'
import { slugify } from '../../core/slug.ts'
import { newsroomKeys, withNewsroomKeys } from '../../core/newsroom-keys.ts'
import { commitChange } from '../commit-change.ts'
import { createDesk } from '../desk-service.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { auditEntry, type ActedBy } from '../acted-by.ts'

type Deps = Pick<ServiceDeps, 'store' | 'events' | 'clock' | 'origin'>

export interface DeskWithStages extends Desk {
  stages: Stage[]
}

/** Every desk with its stages in board order. */
export async function listDesks(repos: Pick<Repositories, 'desks' | 'stages'>): Promise<DeskWithStages[]> {
  const [desks, stages] = await Promise.all([repos.desks.list(), repos.stages.list()])
  return desks.map((desk) => ({ ...desk, stages: stages.filter((s) => s.deskId === desk.id) }))
}

/** A desk's name and the slug made from it must both be free (another desk may keep its own). */
async function checkDeskName(tx: Repositories, name: string, exceptId?: number): Promise<void> {
  const slug = slugify(name)
  const clash = (await tx.desks.list()).find((d) => d.id !== exceptId && (d.name === name || d.slug === slug))
  if (clash) throw new ConflictError(`There is already a desk named ${clash.name}`, { code: 'desk_exists' })
}

async function checkSection(tx: Repositories, sectionId: number | null | undefined): Promise<void> {
  if (sectionId == null || (await tx.sections.get(sectionId))) return
  throw new ValidationError('Unknown section', [
    { path: 'defaultSectionId', message: `no section with id ${sectionId}` },
  ])
}

/** A new desk with the default stages (Incoming, Working, Ready). */
export async function addDesk(
  deps: Deps,
  input: { name: string; defaultSectionId?: number | null },
  by: ActedBy,
): Promise<DeskWithStages> {
  return commitChange(deps, async (tx) => {
    await checkDeskName(tx, input.name)
    await checkSection(tx, input.defaultSectionId)
    const desk = await createDesk(tx, { name: input.name, defaultSectionId: input.defaultSectionId ?? null })
    const at = deps.clock.now().toISOString()
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'desk.create',
        targetType: 'desk',
        targetId: desk.id,
        details: { ...desk },
      }),
    )
    // No page shows a desk that has no stories yet.
    return {
      result: { ...desk, stages: await tx.stages.list(desk.id) },
      change: withNewsroomKeys(null, [newsroomKeys.catalog], 'desk.create'),
    }
  })
}

/** Renames a desk (its slug follows) or changes its default section. Readers see the name over bylines. */
export async function changeDesk(
  deps: Deps,
  id: number,
  patch: { name?: string; defaultSectionId?: number | null },
  by: ActedBy,
): Promise<DeskWithStages> {
  return commitChange(deps, async (tx) => {
    const before = await tx.desks.get(id)
    if (!before) throw new NotFoundError('Desk', id)
    if (patch.name !== undefined) await checkDeskName(tx, patch.name, id)
    await checkSection(tx, patch.defaultSectionId)
    const desk = await tx.desks.update(id, {
      ...patch,
      ...(patch.name !== undefined ? { slug: slugify(patch.name) } : {}),
    })
    const at = deps.clock.now().toISOString()
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'desk.update',
        targetType: 'desk',
        targetId: id,
        details: { before, change: patch },
      }),
    )
    return {
      result: { ...desk, stages: await tx.stages.list(id) },
      change: { keys: [cacheKeys.desk(id), newsroomKeys.catalog], reason: 'desk.update' },
    }
  })
}

/** A new column on a desk's board; without a position it goes last. Names are unique on a desk. */
export async function addStage(
  deps: Deps,
  deskId: number,
  input: { name: string; position?: number },
  by: ActedBy,
): Promise<Stage> {
  return commitChange(deps, async (tx) => {
    if (!(await tx.desks.get(deskId))) throw new NotFoundError('Desk', deskId)
    const stages = await tx.stages.list(deskId)
    if (stages.some((s) => s.name.toLowerCase() === input.name.toLowerCase())) {
      throw new ConflictError(`This desk already has a stage named ${input.name}`, { code: 'stage_exists' })
    }
    const position = input.position ?? Math.max(0, ...stages.map((s) => s.position)) + 1
    const stage = await tx.stages.create({ deskId, name: input.name, position })
    const at = deps.clock.now().toISOString()
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'stage.create',
        targetType: 'stage',
        targetId: stage.id,
        details: { ...stage },
      }),
    )
    return { result: stage, change: withNewsroomKeys(null, [newsroomKeys.catalog], 'stage.create') }
  })
}
