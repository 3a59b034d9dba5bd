import { deskInputSchema, type Desk } from '../core/desk.ts'
import { ValidationError } from '../core/errors.ts'
import { defaultStageNames } from '../core/newsroom-records.ts'
import type { Repositories } from '../core/ports.ts'
import { slugify } from '../core/slug.ts'

type DeskRepos = Pick<Repositories, 'desks' | 'stages'>

/** A new desk with its default stages (Incoming, Working, Ready). */
export async function createDesk(
  repos: DeskRepos,
  input: { name: string; defaultSectionId: number | null },
): Promise<Desk> {
  const desk = await repos.desks.create({
    name: input.name,
    slug: slugify(input.name),
    defaultSectionId: input.defaultSectionId,
  })
  for (const [i, name] of defaultStageNames.entries()) {
    await repos.stages.create({ deskId: desk.id, name, position: i + 1 })
  }
  return desk
}

/** The desk of that name, created when missing (for `--desk NAME` on ingest). */
export async function ensureDesk(repos: DeskRepos, name: string): Promise<Desk> {
  const parsed = deskInputSchema.safeParse({ name })
  if (!parsed.success) {
    throw new ValidationError('Invalid desk name', [
      { path: 'desk', message: parsed.error.issues[0]!.message },
    ])
  }
  return (
    (await repos.desks.getByName(parsed.data.name)) ??
    createDesk(repos, { name: parsed.data.name, defaultSectionId: null })
  )
}
