import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ValidationError } from '../core/errors.ts'
import type { ContentChange, Store } from '../core/ports.ts'
import { defaultSettings } from '../core/settings.ts'
import { inProcessEventBus } from '../events/in-process-event-bus.ts'
import { openStore } from '../store/open-store.ts'
import { checkSettingKey, loadSettings, parseSetting, setSetting } from './settings-service.ts'

function caught(fn: () => unknown): ValidationError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return error as ValidationError
  }
  throw new Error('expected a ValidationError')
}

describe('checkSettingKey() and parseSetting()', () => {
  it('checkSettingKey() names the unknown key and lists the known ones', () => {
    const error = caught(() => checkSettingKey('siteColour'))
    expect(error.message).toMatch(/^Unknown setting: siteColour \(known settings: siteName, siteUrl, /)
    expect(error.issues).toEqual([{ path: 'siteColour', message: 'is not a setting' }])
    expect(checkSettingKey('timeZone')).toBe('timeZone')
  })

  it('parseSetting() names the key whose value is invalid', () => {
    const zone = caught(() => parseSetting('timeZone', 'Asia/Nowhere'))
    expect(zone.message).toBe('Invalid value for timeZone: must be an IANA time zone such as Asia/Dhaka')
    expect(zone.issues).toEqual([
      { path: 'timeZone', message: 'must be an IANA time zone such as Asia/Dhaka' },
    ])
    expect(caught(() => parseSetting('siteUrl', 'ftp://news.example')).issues[0]?.path).toBe('siteUrl')
    expect(caught(() => parseSetting('language', 'Bangla')).message).toMatch(/^Invalid value for language: /)
    expect(caught(() => parseSetting('zoneLabel', '   ')).issues[0]?.path).toBe('zoneLabel')
  })

  it('parseSetting() refuses an unknown key before looking at the value', () => {
    expect(caught(() => parseSetting('colour', 'red')).message).toMatch(/^Unknown setting: colour/)
  })

  it('parseSetting() returns the value as it will be stored', () => {
    expect(parseSetting('siteUrl', 'https://news.example.com/')).toEqual({
      key: 'siteUrl',
      value: 'https://news.example.com',
    })
    expect(parseSetting('timeZone', 'Asia/Kathmandu')).toEqual({ key: 'timeZone', value: 'Asia/Kathmandu' })
  })
})

describe('settings in the store', () => {
  let dataDir: string
  let store: Store
  let changes: ContentChange[]
  let deps: Parameters<typeof setSetting>[0]

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-settings-'))
    store = await openStore({ dataDir })
    const events = inProcessEventBus()
    changes = []
    events.subscribe((change) => changes.push(change))
    deps = { store, events, clock: { now: () => new Date('2024-05-16T03:35:00Z') }, origin: 'settings-test' }
  })

  afterEach(async () => {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('loadSettings() gives the defaults for an empty store', async () => {
    expect(await loadSettings(store)).toEqual(defaultSettings)
  })

  it('loadSettings() ignores a stored value that no longer validates, and unknown keys', async () => {
    await store.settings.set('timeZone', 'Asia/Atlantis')
    await store.settings.set('siteName', 'Delta Evening News')
    await store.settings.set('retiredSetting', 'x')
    const settings = await loadSettings(store)
    expect(settings.timeZone).toBe(defaultSettings.timeZone)
    expect(settings.siteName).toBe('Delta Evening News')
    expect(settings).not.toHaveProperty('retiredSetting')
  })

  it('setSetting() stores the value and emits a change naming the settings key', async () => {
    await setSetting(deps, 'siteUrl', 'https://news.example.com/')
    expect((await loadSettings(store)).siteUrl).toBe('https://news.example.com')
    expect(changes).toEqual([{ keys: ['settings'], reason: 'settings.siteUrl' }])
    expect(await store.changes.since(0, 10)).toEqual([
      expect.objectContaining({
        keys: ['settings'],
        reason: 'settings.siteUrl',
        origin: 'settings-test',
        at: '2024-05-16T03:35:00.000Z',
      }),
    ])
  })

  it('setSetting() replaces an earlier value', async () => {
    await setSetting(deps, 'zoneLabel', 'BST')
    await setSetting(deps, 'zoneLabel', 'BDST')
    expect((await loadSettings(store)).zoneLabel).toBe('BDST')
    expect(changes).toHaveLength(2)
  })

  it('setSetting() stores nothing and emits nothing for an invalid value', async () => {
    await expect(setSetting(deps, 'timeZone', 'Dhaka')).rejects.toThrow(/Invalid value for timeZone/)
    await expect(setSetting(deps, 'nope', 'x')).rejects.toBeInstanceOf(ValidationError)
    expect(await store.settings.all()).toEqual({})
    expect(changes).toEqual([])
    expect(await store.changes.since(0, 10)).toEqual([])
  })
})
