import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cropRatios,
  focalCrop,
  missingRenditions,
  renditionKey,
  renditionPlan,
  type CropName,
} from './rendition-plan.ts'

const crops = Object.keys(cropRatios) as CropName[]

describe('focalCrop()', () => {
  it('keeps the focal point inside a region of the asked shape that fits the picture', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8000 }),
        fc.integer({ min: 1, max: 8000 }),
        fc.constantFrom(...crops),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (width, height, crop, x, y) => {
          const r = focalCrop({ width, height }, crop, { x, y })
          expect(r.left).toBeGreaterThanOrEqual(0)
          expect(r.top).toBeGreaterThanOrEqual(0)
          expect(r.left + r.width).toBeLessThanOrEqual(width)
          expect(r.top + r.height).toBeLessThanOrEqual(height)
          // Either the full width or the full height is kept: the largest region of that shape.
          expect(r.width === width || r.height === height).toBe(true)
          const [rw, rh] = cropRatios[crop]
          if (r.width > 50 && r.height > 50) expect(Math.abs(r.width / r.height - rw / rh)).toBeLessThan(0.05)
          // The focal point (to the pixel) is inside.
          expect(x * width).toBeGreaterThanOrEqual(r.left - 1)
          expect(x * width).toBeLessThanOrEqual(r.left + r.width + 1)
          expect(y * height).toBeGreaterThanOrEqual(r.top - 1)
          expect(y * height).toBeLessThanOrEqual(r.top + r.height + 1)
        },
      ),
    )
  })

  it('centres on the focal point when the edges allow, and stops at an edge otherwise', () => {
    // A 3:2 picture cut square: 1200 of 1800 wide.
    expect(focalCrop({ width: 1800, height: 1200 }, '1x1', { x: 0.5, y: 0.5 })).toEqual({
      left: 300,
      top: 0,
      width: 1200,
      height: 1200,
    })
    expect(focalCrop({ width: 1800, height: 1200 }, '1x1', { x: 0.9, y: 0.5 }).left).toBe(600)
    expect(focalCrop({ width: 1800, height: 1200 }, '1x1', { x: 0.1, y: 0.5 }).left).toBe(0)
    // Cut 16:9 from a portrait picture: full width, 9/16 of it high, around the face near the top.
    expect(focalCrop({ width: 900, height: 1600 }, '16x9', { x: 0.5, y: 0.2 })).toEqual({
      left: 0,
      top: 67,
      width: 900,
      height: 506,
    })
  })
})

describe('renditionPlan()', () => {
  it('plans AVIF later and everything else at once, no width beyond its source', () => {
    const plan = renditionPlan({ width: 1000, height: 1000 }, { x: 0.5, y: 0.5 })
    expect(plan.filter((p) => p.later).every((p) => p.format === 'avif')).toBe(true)
    expect(plan.filter((p) => p.format === 'avif').every((p) => p.later)).toBe(true)
    const whole = plan.filter((p) => p.crop === null && p.format === 'jpeg').map((p) => p.width)
    expect(whole).toEqual([400, 600, 800, 1000])
    expect(plan.find((p) => p.crop === '1x1')).toMatchObject({ width: 1000, format: 'jpeg' })
  })

  it('names what is missing from what an asset has', () => {
    const plan = renditionPlan({ width: 2000, height: 1500 }, { x: 0.5, y: 0.5 })
    const have = plan
      .filter((p) => !p.later)
      .map(({ crop, width, format }) => ({ ...(crop ? { crop } : {}), width, format }))
    expect(missingRenditions(plan, have).map((p) => p.format)).toEqual(
      plan.filter((p) => p.later).map(() => 'avif'),
    )
    expect(
      missingRenditions(plan, [
        ...have,
        ...plan.filter((p) => p.later).map(({ crop, ...p }) => ({ ...p, ...(crop ? { crop } : {}) })),
      ]),
    ).toEqual([])
  })
})

describe('renditionKey()', () => {
  it('is content-addressed, and a crop’s key changes with its focal point', () => {
    const sha = 'ab'.repeat(32)
    expect(renditionKey(sha, { crop: null, width: 800, format: 'jpeg' }, { x: 0.5, y: 0.5 })).toBe(
      `r/${'ab'.repeat(8)}/800.jpg`,
    )
    const a = renditionKey(sha, { crop: '16x9', width: 800, format: 'avif' }, { x: 0.5, y: 0.5 })
    const b = renditionKey(sha, { crop: '16x9', width: 800, format: 'avif' }, { x: 0.25, y: 0.5 })
    expect(a).toBe(`r/${'ab'.repeat(8)}/16x9-500-500-800.avif`)
    expect(b).not.toBe(a)
  })
})
