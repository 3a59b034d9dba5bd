import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAppContext, type AppContext } from '../../app.ts'
import { loadConfig } from '../../config.ts'
import { ValidationError } from '../../core/errors.ts'
import { changeSettings } from './settings-admin.ts'

const admin = { userId: 3, ip: '198.51.100.4' }

describe('changeSettings()', () => {
  let dir: string
  let ctx: AppContext
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-settings-'))
    ctx = await openAppContext(loadConfig({ data: dir }, { DATABASE_URL: '' }), {
      logger: { info() {}, warn() {}, error() {} },
    })
  })
  afterEach(async () => {
    await ctx.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('stores every value as it will be read, audits from and to, and names "settings" for the cache', async () => {
    const after = await changeSettings(
      ctx.deps,
      { siteUrl: 'https://herald.example/', spikeRetentionDays: '14', timeZone: 'Asia/Kathmandu' },
      admin,
    )
    expect(after).toMatchObject({
      siteUrl: 'https://herald.example',
      spikeRetentionDays: 14,
      timeZone: 'Asia/Kathmandu',
    })
    expect(await ctx.deps.store.settings.all()).toMatchObject({
      siteUrl: 'https://herald.example',
      spikeRetentionDays: '14',
    })
    const [entry] = await ctx.deps.store.audit.list({ action: 'settings.update', limit: 1, offset: 0 })
    expect(entry).toMatchObject({
      userId: 3,
      ip: '198.51.100.4',
      details: { spikeRetentionDays: { from: 30, to: 14 }, siteUrl: { from: 'http://localhost:3000' } },
    })
    expect((await ctx.deps.store.changes.since(0, 10)).map((c) => c.keys)).toEqual([
      ['settings', 'newsroom:catalog'],
    ])
  })

  it('names every unknown key and invalid value, and stores none of the valid ones', async () => {
    const error = (await changeSettings(
      ctx.deps,
      { siteName: 'Kept out', language: 'Bangla', colour: 'red', tagline: true, zoneLabel: null },
      admin,
    ).catch((e: unknown) => e)) as ValidationError
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toBe('Invalid settings: language, colour, tagline, zoneLabel')
    expect(error.issues.map((i) => i.path)).toEqual(['language', 'colour', 'tagline', 'zoneLabel'])
    expect(error.issues[1]).toEqual({ path: 'colour', message: 'is not a setting' })
    expect(error.issues[2]).toEqual({ path: 'tagline', message: 'must be a string or a number' })
    expect(await ctx.deps.store.settings.all()).toEqual({})
    expect(await ctx.deps.store.audit.list({ limit: 5, offset: 0 })).toEqual([])
    expect(await ctx.deps.store.changes.latestSeq()).toBe(0)
  })

  it('with nothing to change, writes nothing', async () => {
    expect((await changeSettings(ctx.deps, {}, admin)).siteName).toBe('The Dateline')
    expect(await ctx.deps.store.audit.list({ limit: 5, offset: 0 })).toEqual([])
  })
})
