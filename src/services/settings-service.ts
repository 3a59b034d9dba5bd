import { ValidationError } from '../core/errors.ts'
import { cacheKeys } from '../core/cache-keys.ts'
import type { Store } from '../core/ports.ts'
import {
  defaultSettings,
  isSettingKey,
  settingKeys,
  settingsShape,
  type SettingKey,
  type Settings,
} from '../core/settings.ts'
import { commitChange } from './commit-change.ts'
import type { ServiceDeps } from './service-deps.ts'

/** The site's settings: stored values over the defaults. A stored value that no longer validates falls back. */
export async function loadSettings(store: Pick<Store, 'settings'>): Promise<Settings> {
  const stored = await store.settings.all()
  const settings: Record<string, unknown> = { ...defaultSettings }
  for (const key of settingKeys) {
    const raw = stored[key]
    if (raw === undefined) continue
    const parsed = settingsShape[key].safeParse(raw)
    if (parsed.success) settings[key] = parsed.data
  }
  return settings as Settings
}

/** The key, if it names a setting; otherwise an error listing the known ones. */
export function checkSettingKey(key: string): SettingKey {
  if (!isSettingKey(key)) {
    throw new ValidationError(`Unknown setting: ${key} (known settings: ${settingKeys.join(', ')})`, [
      { path: key, message: 'is not a setting' },
    ])
  }
  return key
}

/** Checks one value against its key's rule; the error names the key. */
export function parseSetting(key: string, value: string): { key: SettingKey; value: string } {
  checkSettingKey(key)
  const parsed = settingsShape[key as SettingKey].safeParse(value)
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'is not valid'
    throw new ValidationError(`Invalid value for ${key}: ${message}`, [{ path: key, message }])
  }
  return { key: key as SettingKey, value: String(parsed.data) }
}

export async function setSetting(
  deps: Pick<ServiceDeps, 'store' | 'events' | 'clock' | 'origin'>,
  key: string,
  value: string,
): Promise<void> {
  const checked = parseSetting(key, value)
  await commitChange(deps, async (tx) => {
    await tx.settings.set(checked.key, checked.value)
    return { result: undefined, change: { keys: [cacheKeys.settings], reason: `settings.${checked.key}` } }
  })
}
