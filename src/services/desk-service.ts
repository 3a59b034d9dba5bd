import { deskInputSchema, type Desk } from '../core/desk.ts'
import { ValidationError } from '../core/errors.ts'
import type { Repositories } from '../core/ports.ts'
import { slugify } from '../core/slug.ts'

/** The desk of that name, created when missing (for `--desk NAME` on ingest). */
export async function ensureDesk(repos: Pick<Repositories, 'desks'>, name: string): Promise<Desk> {
  const parsed = deskInputSchema.safeParse({ name })
  if (!parsed.success) {
    throw new ValidationError('Invalid desk name', [
      { path: 'desk', message: parsed.error.issues[0]!.message },
    ])
  }
  const existing = await repos.desks.getByName(parsed.data.name)
  if (existing) return existing
  return repos.desks.create({
    name: parsed.data.name,
    slug: slugify(parsed.data.name),
    defaultSectionId: null,
  })
}
