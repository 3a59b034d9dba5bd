import { cacheKeys } from '../../core/cache-keys.ts'
import { ConflictError, NotFoundError, ValidationError } from '../../core/errors.ts'
import type { Repositories } from '../../core/ports.ts'
import { sectionInputSchema, type Section } from '../../core/section.ts'
import { slugify } from '../../core/slug.ts'
import { newsroomKeys } from '../../core/newsroom-keys.ts'
import { commitChange } from '../commit-change.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { auditEntry, type ActedBy } from '../acted-by.ts'

type Deps = Pick<ServiceDeps, 'store' | 'events' | 'clock' | 'origin'>

/**
 * A slug a section may take: URL-safe, not one of the site's own paths, not another section's. `field` names what
 * the client sent: `slug`, or `name` when the slug was made from it.
 */
async function checkSlug(tx: Repositories, slug: string, field: 'slug' | 'name', exceptId?: number) {
  const parsed = sectionInputSchema.shape.slug.safeParse(slug)
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is not a valid slug'
    throw new ValidationError(`Invalid section slug ${slug}: ${message}`, [
      {
        path: field,
        message: field === 'slug' ? message : `gives the slug "${slug}", which ${message}: send a slug`,
      },
    ])
  }
  const taken = await tx.sections.getBySlug(slug)
  if (taken && taken.id !== exceptId) {
    throw new ConflictError(`The section ${taken.name} already has the slug ${slug}`, { code: 'slug_taken' })
  }
}

/** A new section of the site; its slug comes from its name unless given, and it goes last unless placed. */
export async function addSection(
  deps: Deps,
  input: { name: string; slug?: string; position?: number },
  by: ActedBy,
): Promise<Section> {
  return commitChange(deps, async (tx) => {
    const slug = input.slug ?? slugify(input.name)
    await checkSlug(tx, slug, input.slug === undefined ? 'name' : 'slug')
    const sections = await tx.sections.list()
    const position = input.position ?? Math.max(0, ...sections.map((s) => s.position)) + 1
    const section = await tx.sections.create({ name: input.name, slug, position })
    const at = deps.clock.now().toISOString()
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'section.create',
        targetType: 'section',
        targetId: section.id,
        details: { ...section },
      }),
    )
    return {
      result: section,
      change: { keys: [cacheKeys.sections, newsroomKeys.catalog], reason: 'section.create' },
    }
  })
}

/**
 * Renames, moves or re-slugs a section. The navigation on every page shows sections, so every cached page that
 * shows them is dropped; stories under an old slug redirect to the new one.
 */
export async function changeSection(
  deps: Deps,
  id: number,
  patch: { name?: string; slug?: string; position?: number },
  by: ActedBy,
): Promise<Section> {
  return commitChange(deps, async (tx) => {
    const before = await tx.sections.get(id)
    if (!before) throw new NotFoundError('Section', id)
    if (patch.slug !== undefined) await checkSlug(tx, patch.slug, 'slug', id)
    const section = await tx.sections.update(id, patch)
    const at = deps.clock.now().toISOString()
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'section.update',
        targetType: 'section',
        targetId: id,
        details: { before, change: patch },
      }),
    )
    return {
      result: section,
      change: {
        keys: [cacheKeys.sections, cacheKeys.section(id), newsroomKeys.catalog],
        reason: 'section.update',
      },
    }
  })
}
