import { cacheKeys } from '../../core/cache-keys.ts'
import { ValidationError } from '../../core/errors.ts'
import type { Repositories } from '../../core/ports.ts'
import { auditEntry, type ActedBy } from '../acted-by.ts'
import { newsroomKeys } from '../../core/newsroom-keys.ts'
import { commitChange } from '../commit-change.ts'
import type { ServiceDeps } from '../service-deps.ts'

/** A pinned story as the newsroom sees it: which story, and whether it is on the site (a pin to a killed story is skipped). */
export interface FrontPin {
  articleId: number
  headline: string
  published: boolean
}

async function describeSlots(repos: Repositories): Promise<Record<string, FrontPin>> {
  const slots = await repos.frontSlots.all()
  const articles = new Map((await repos.articles.getMany(Object.values(slots))).map((a) => [a.id, a]))
  const pins: Record<string, FrontPin> = {}
  for (const [slot, articleId] of Object.entries(slots)) {
    const a = articles.get(articleId)
    if (a) pins[slot] = { articleId, headline: a.headline, published: a.status === 'published' }
  }
  return pins
}

/** The front page's pinned stories, by slot. */
export async function frontSlots(deps: Pick<ServiceDeps, 'store'>): Promise<Record<string, FrontPin>> {
  return describeSlots(deps.store)
}

/**
 * Sets the front page's pinned stories (null empties a slot; slots not named keep their story). Only published
 * stories can be pinned, since a pin must never put a draft in front of readers, and a section's slot must name a
 * section that exists. One bad slot changes nothing. The front page is re-rendered at once.
 */
export async function setFrontSlots(
  deps: ServiceDeps,
  changes: Record<string, number | null>,
  by: ActedBy,
): Promise<Record<string, FrontPin>> {
  const at = deps.clock.now().toISOString()
  return commitChange(deps, async (tx) => {
    const slots = await tx.frontSlots.all()
    const issues = []
    const sections = new Set((await tx.sections.list()).map((s) => s.id))
    for (const [slot, id] of Object.entries(changes)) {
      const section = /^section:(\d+)$/.exec(slot)
      if (section && !sections.has(Number(section[1]))) {
        issues.push({ path: slot, message: `there is no section ${section[1]}` })
        continue
      }
      if (id === null) {
        delete slots[slot]
        continue
      }
      const story = await tx.articles.get(id)
      if (!story || story.status !== 'published')
        issues.push({ path: slot, message: `story ${id} is not published` })
      else slots[slot] = id
    }
    if (issues.length)
      throw new ValidationError(`Invalid front slots: ${issues.map((i) => i.path).join(', ')}`, issues)
    await tx.frontSlots.replace(slots)
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'front.update',
        targetType: 'front',
        targetId: 'front',
        details: { changes },
      }),
    )
    return {
      result: await describeSlots(tx),
      change: { keys: [cacheKeys.frontSlots, newsroomKeys.front], reason: 'front.update' },
    }
  })
}
