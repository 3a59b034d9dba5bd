import { cacheKeys } from '../../core/cache-keys.ts'
import { ValidationError } from '../../core/errors.ts'
import { auditEntry, type ActedBy } from '../acted-by.ts'
import { commitChange } from '../commit-change.ts'
import type { ServiceDeps } from '../service-deps.ts'

/**
 * Sets the front page's pinned stories (null empties a slot; slots not named keep their story). Only published
 * stories can be pinned: a pin must never put a draft in front of readers. The front page is re-rendered at once.
 */
export async function setFrontSlots(
  deps: ServiceDeps,
  changes: Record<string, number | null>,
  by: ActedBy,
): Promise<Record<string, number>> {
  const at = deps.clock.now().toISOString()
  return commitChange(deps, async (tx) => {
    const slots = await tx.frontSlots.all()
    const issues = []
    for (const [slot, id] of Object.entries(changes)) {
      if (id === null) {
        delete slots[slot]
        continue
      }
      const story = await tx.articles.get(id)
      if (!story || story.status !== 'published')
        issues.push({ path: slot, message: `story ${id} is not published` })
      else slots[slot] = id
    }
    if (issues.length) throw new ValidationError('Only published stories can be pinned', issues)
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
    return { result: slots, change: { keys: [cacheKeys.front], reason: 'front.update' } }
  })
}
