import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { ImageRecipe } from './demo-content.ts'
import { demoImageSvg, renderDemoImage, supportedScenes } from './demo-images.ts'

const recipe = (scene: ImageRecipe['scene'], caption = `A ${scene} scene`): ImageRecipe => ({
  scene,
  palette: [],
  caption,
  credit: 'Illustration: Dateline Demo',
  alt: 'test',
})

describe('renderDemoImage()', () => {
  it.each(supportedScenes)('draws the %s scene as a JPEG of the asked size', async (scene) => {
    const buf = await renderDemoImage(recipe(scene), 640, 360)
    const meta = await sharp(buf).metadata()
    expect(meta.format).toBe('jpeg')
    expect([meta.width, meta.height]).toEqual([640, 360])
  })

  it('defaults to 1600 × 900 and crops other shapes from the centre', async () => {
    const wide = await sharp(await renderDemoImage(recipe('river'))).metadata()
    expect([wide.width, wide.height]).toEqual([1600, 900])
    const square = await sharp(await renderDemoImage(recipe('river'), 400, 400)).metadata()
    expect([square.width, square.height]).toEqual([400, 400])
  })

  it('gives the same picture for the same recipe and a different one for another caption', () => {
    expect(demoImageSvg(recipe('skyline', 'one'))).toBe(demoImageSvg(recipe('skyline', 'one')))
    expect(demoImageSvg(recipe('skyline', 'one'))).not.toBe(demoImageSvg(recipe('skyline', 'two')))
  })

  it('uses the recipe palette and ignores entries that are not hex colours', () => {
    const svg = demoImageSvg({ ...recipe('chart'), palette: ['#123456', 'not-a-colour'] })
    expect(svg).toContain('#123456')
    expect(svg).not.toContain('not-a-colour')
  })

  it('draws shapes only: no text, fonts or outside files', () => {
    for (const scene of supportedScenes) {
      const svg = demoImageSvg(recipe(scene))
      expect(svg).not.toMatch(/<text|<image|font-family|href=/)
    }
  })

  it('refuses an unknown scene', async () => {
    await expect(renderDemoImage(recipe('volcano' as ImageRecipe['scene']))).rejects.toThrow(
      'Unknown demo scene: volcano',
    )
  })
})
