import { describe, expect, it } from 'vitest'
import { FieldOrigins, formatPath } from './field-origins.ts'
import { upgradeNinjs } from './upgrade-ninjs.ts'

describe('upgradeNinjs()', () => {
  it('brings 1.x through 2.x into the 3.x shape', () => {
    const origins = new FieldOrigins()
    const doc = {
      uri: 'u',
      headline: 'H',
      byline: 'B',
      body_text: 'T',
      versioncreated: 'V',
      subject: [{ name: 'n', scheme: 'medtop', code: '11000000' }],
      renditions: { main: { href: 'h', mimetype: 'image/png' } },
      associations: { pic: { uri: 'p', headline: 'PH', renditions: { big: { href: 'b', width: 1 } } } },
    }
    expect(upgradeNinjs(doc, 1, origins)).toEqual({
      uri: 'u',
      headlines: [{ role: 'main', value: 'H' }],
      by: 'B',
      bodies: [{ role: 'main', contentType: 'text/plain', value: 'T' }],
      versionCreated: 'V',
      subjects: [
        { name: 'n', scheme: 'medtop', code: '11000000', uri: 'medtop:11000000', literal: '11000000' },
      ],
      renditions: [{ name: 'main', href: 'h', contentType: 'image/png' }],
      associations: [
        {
          name: 'pic',
          uri: 'p',
          headlines: [{ role: 'main', value: 'PH' }],
          renditions: [{ name: 'big', href: 'b', width: 1 }],
        },
      ],
    })
    expect(origins.original('versionCreated')).toBe('versioncreated')
    expect(origins.original('headlines[0].value')).toBe('headline')
    expect(origins.original('bodies[0].contentType')).toBe('body_text')
    expect(origins.original('renditions[0].contentType')).toBe('renditions.main.mimetype')
    expect(origins.original('associations[0].renditions[0].width')).toBe(
      'associations.pic.renditions.big.width',
    )
    expect(origins.original('associations[0].headlines[0].value')).toBe('associations.pic.headline')
    expect(origins.original('subjects[0].name')).toBe('subject[0].name')
  })

  it('renames 2.x fields, also inside entries and associations, and leaves 3.x alone', () => {
    const origins = new FieldOrigins('data.item.')
    const doc = { embargoed: 'E', bodies: [{ contenttype: 'c' }], associations: [{ copyrightholder: 'C' }] }
    expect(upgradeNinjs(doc, 2, origins)).toEqual({
      embargoedUntil: 'E',
      bodies: [{ contentType: 'c' }],
      associations: [{ copyrightHolder: 'C' }],
    })
    expect(origins.original('associations[0].copyrightHolder')).toBe(
      'data.item.associations[0].copyrightholder',
    )
    expect(upgradeNinjs(doc, 3, new FieldOrigins())).toBe(doc)
  })
})

describe('formatPath()', () => {
  it('writes zod paths the way people read them', () => {
    expect(formatPath(['headlines', 0, 'value'])).toBe('headlines[0].value')
    expect(formatPath([])).toBe('')
  })
})
