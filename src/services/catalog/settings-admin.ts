import { cacheKeys } from '../../core/cache-keys.ts'
import { ValidationError, type FieldIssue } from '../../core/errors.ts'
import type { SettingKey, Settings } from '../../core/settings.ts'
import { newsroomKeys } from '../../core/newsroom-keys.ts'
import { commitChange } from '../commit-change.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { checkSettingKey, loadSettings, parseSetting } from '../settings-service.ts'
import { auditEntry, type ActedBy } from '../acted-by.ts'

type Deps = Pick<ServiceDeps, 'store' | 'events' | 'clock' | 'origin'>

/** A setting's value as sent in JSON: text or a number (unknown keys are named as such first). */
function asText(key: string, value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  checkSettingKey(key)
  throw new ValidationError('Invalid setting', [{ path: key, message: 'must be a string or a number' }])
}

/** Checks every key and value; the error names each one that is wrong, so all can be fixed in one go. */
function checkAll(values: Record<string, unknown>): { key: SettingKey; value: string }[] {
  const checked: { key: SettingKey; value: string }[] = []
  const issues: FieldIssue[] = []
  for (const [key, value] of Object.entries(values)) {
    try {
      checked.push(parseSetting(key, asText(key, value)))
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      issues.push(...error.issues)
    }
  }
  if (issues.length) {
    throw new ValidationError(`Invalid settings: ${issues.map((i) => i.path).join(', ')}`, issues)
  }
  return checked
}

/**
 * Changes several settings at once: all of them or, if any key is unknown or any value invalid, none. Settings show
 * on every page, so every cached page goes.
 */
export async function changeSettings(
  deps: Deps,
  values: Record<string, unknown>,
  by: ActedBy,
): Promise<Settings> {
  const checked = checkAll(values)
  if (checked.length === 0) return loadSettings(deps.store)
  return commitChange(deps, async (tx) => {
    const before = await loadSettings(tx)
    for (const { key, value } of checked) await tx.settings.set(key, value)
    const after = await loadSettings(tx)
    const changes = Object.fromEntries(checked.map(({ key }) => [key, { from: before[key], to: after[key] }]))
    const at = deps.clock.now().toISOString()
    await tx.audit.append(
      auditEntry({
        by,
        at,
        action: 'settings.update',
        targetType: 'settings',
        targetId: 'site',
        details: changes,
      }),
    )
    return {
      result: after,
      change: { keys: [cacheKeys.settings, newsroomKeys.catalog], reason: 'settings.update' },
    }
  })
}
