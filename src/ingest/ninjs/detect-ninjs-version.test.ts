import { describe, expect, it } from 'vitest'
import { detectNinjsVersion } from './detect-ninjs-version.ts'

describe('detectNinjsVersion()', () => {
  it('believes $schema and standard.version', () => {
    expect(detectNinjsVersion({ $schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_1.3.json' })).toEqual({
      line: 1,
      version: '1.3',
    })
    expect(detectNinjsVersion({ standard: { name: 'ninjs', version: '2.2' }, versionCreated: 'x' })).toEqual({
      line: 2,
      version: '2.2',
    })
    expect(detectNinjsVersion({ standard: { version: 3.3 } })).toEqual({ line: 3, version: '3.3' })
  })

  it('ignores declarations it cannot use', () => {
    expect(
      detectNinjsVersion({ $schema: 'http://json-schema.org/draft-04/schema#', headline: 'h' }).line,
    ).toBe(1)
    expect(detectNinjsVersion({ standard: { name: 'NewsML-G2', version: '2.35' }, headlines: [] }).line).toBe(
      2,
    )
    expect(detectNinjsVersion({ standard: { version: '9.0' }, pubStatus: 'usable' }).line).toBe(3)
  })

  it('recognises the lines by shape', () => {
    expect(detectNinjsVersion({ uri: 'u', versionCreated: 'x' })).toEqual({ line: 3, version: '3.x' })
    expect(detectNinjsVersion({ uri: 'u', bodies: [{ contentType: 'text/plain', value: '' }] }).line).toBe(3)
    expect(detectNinjsVersion({ uri: 'u', headlines: [], versioncreated: 'x' })).toEqual({
      line: 2,
      version: '2.x',
    })
    for (const doc of [
      { headline: 'h' },
      { body_html: '' },
      { byline: '' },
      { subject: [] },
      { renditions: {} },
    ]) {
      expect(detectNinjsVersion({ uri: 'u', ...doc })).toEqual({ line: 1, version: '1.x' })
    }
  })
})
