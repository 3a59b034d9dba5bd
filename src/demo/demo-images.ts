import sharp from 'sharp'
import type { ImageRecipe } from './demo-content.ts'
import { H, hashString, isHexColor, seededRng, W } from './scenes/kit.ts'
import { sceneRenderers } from './scenes/index.ts'
import { demoSceneNames, type DemoScene } from './scenes/names.ts'

/** The scenes renderDemoImage can draw. */
export const supportedScenes: readonly DemoScene[] = demoSceneNames

/**
 * Draws a demo illustration for a recipe and returns it as a JPEG. The picture is made of shapes only (no text, no
 * fonts, no files) and is seeded from the scene and caption, so the same recipe always gives the same bytes and two
 * stories with the same scene still look different. Other aspect ratios than 16:9 crop the centre.
 */
export async function renderDemoImage(recipe: ImageRecipe, width = 1600, height = 900): Promise<Buffer> {
  const w = Math.round(width)
  const h = Math.round(height)
  return sharp(Buffer.from(demoImageSvg(recipe, w, h)))
    .composite([{ input: grain(seedOf(recipe), w, h), raw: { width: w, height: h, channels: 4 } }])
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer()
}

/** The SVG behind renderDemoImage, for tests and for anyone who wants a vector copy. */
export function demoImageSvg(recipe: ImageRecipe, width = 1600, height = 900): string {
  const draw = sceneRenderers[recipe.scene]
  if (!draw) throw new Error(`Unknown demo scene: ${String(recipe.scene)}`)
  if (!(width > 0 && height > 0)) throw new Error(`Demo image size must be positive: ${width}×${height}`)
  const seed = seedOf(recipe)
  const palette = recipe.palette.map((c) => (isHexColor(c) ? (c.startsWith('#') ? c : `#${c}`) : undefined))
  const scene = draw({
    rng: seededRng(seed),
    colors: (defaults) => defaults.map((d, i) => palette[i] ?? d),
  })
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width)}" height="${Math.round(height)}" ` +
    `viewBox="0 0 ${W} ${H}" preserveAspectRatio="xMidYMid slice">${scene}${VIGNETTE}</svg>`
  )
}

function seedOf(recipe: ImageRecipe): number {
  return hashString(`${recipe.scene}|${recipe.caption}`)
}

/** A soft darkening towards the edges, over every scene, so flat shapes read as an illustration. */
const VIGNETTE =
  '<defs><radialGradient id="fin-vignette" cx="0.5" cy="0.5" r="0.75">' +
  '<stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.28"/>' +
  `</radialGradient></defs><rect width="${W}" height="${H}" fill="url(#fin-vignette)"/>`

/** A faint film grain laid over the rendered picture; made here because an SVG noise filter is several times slower. */
function grain(seed: number, width: number, height: number): Buffer {
  const rng = seededRng(seed ^ 0x5bd1e995)
  const pixels = Buffer.alloc(width * height * 4)
  for (let i = 0; i < pixels.length; i += 4) {
    const v = rng() < 0.5 ? 0 : 255
    pixels[i] = v
    pixels[i + 1] = v
    pixels[i + 2] = v
    pixels[i + 3] = Math.floor(rng() * 11)
  }
  return pixels
}
