/**
 * Small drawing kit shared by the demo scenes: a seeded random source, colour mixing and SVG snippets. Every scene
 * draws on a 1600 × 900 canvas; the renderer scales and crops it to the asked size.
 */
export const W = 1600
export const H = 900

export type Rng = () => number

export interface SceneContext {
  /** Uniform in [0, 1), seeded from the recipe, so the same recipe always gives the same picture. */
  rng: Rng
  /** The recipe palette laid over the scene's defaults, slot by slot. */
  colors(defaults: readonly string[]): string[]
}

/** A scene returns SVG markup (defs and shapes) for the 1600 × 900 canvas. */
export type Scene = (ctx: SceneContext) => string

/** FNV-1a, enough to turn a caption into a seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** mulberry32: tiny, fast and good enough for placing windows and boats. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function between(rng: Rng, min: number, max: number): number {
  return min + rng() * (max - min)
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!
}

/** Rounds for compact SVG. */
export function n(value: number): string {
  return String(Math.round(value * 10) / 10)
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i

export function isHexColor(text: string): boolean {
  return HEX.test(text)
}

function rgb(hex: string): [number, number, number] {
  let h = hex.replace('#', '')
  if (h.length === 3) h = [...h].map((c) => c + c).join('')
  const v = parseInt(h, 16)
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255]
}

/** The colour a fraction t of the way from a to b. */
export function mix(a: string, b: string, t: number): string {
  const ca = rgb(a)
  const cb = rgb(b)
  return (
    '#' +
    ca
      .map((c, i) => Math.round(c + (cb[i]! - c) * t))
      .map((c) => Math.max(0, Math.min(255, c)).toString(16).padStart(2, '0'))
      .join('')
  )
}

/** Lighter for positive amounts, darker for negative ones (−1..1). */
export function shade(color: string, amount: number): string {
  return amount >= 0 ? mix(color, '#ffffff', amount) : mix(color, '#000000', -amount)
}

export type Stop = readonly [offset: number, color: string, opacity?: number]

function stops(list: readonly Stop[]): string {
  return list
    .map(
      ([o, c, a]) =>
        `<stop offset="${o}" stop-color="${c}"${a === undefined ? '' : ` stop-opacity="${a}"`}/>`,
    )
    .join('')
}

/** A vertical gradient (top to bottom) unless other end points are given, in object-bounding-box units. */
export function linear(id: string, list: readonly Stop[], [x1, y1, x2, y2] = [0, 0, 0, 1]): string {
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stops(list)}</linearGradient>`
}

export function radial(id: string, list: readonly Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stops(list)}</radialGradient>`
}

export function blur(id: string, deviation: number): string {
  return `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${deviation}"/></filter>`
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`
}

export function circle(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`
}

export function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string {
  return `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${fill}"${extra ? ' ' + extra : ''}/>`
}

export function polygon(points: ReadonlyArray<readonly [number, number]>, fill: string, extra = ''): string {
  return `<polygon points="${points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="${fill}"${extra ? ' ' + extra : ''}/>`
}

/**
 * A ridge line across the canvas by midpoint displacement: `base` is its mean height, `rough` the first swing.
 * Returns points from x = 0 to x = W.
 */
export function ridge(
  rng: Rng,
  base: number,
  rough: number,
  depth = 7,
  decay = 0.55,
): Array<[number, number]> {
  let pts: Array<[number, number]> = [
    [0, base + between(rng, -rough, rough) / 2],
    [W, base + between(rng, -rough, rough) / 2],
  ]
  let swing = rough
  for (let d = 0; d < depth; d++) {
    const next: Array<[number, number]> = []
    for (let i = 0; i < pts.length - 1; i++) {
      const [x1, y1] = pts[i]!
      const [x2, y2] = pts[i + 1]!
      next.push([x1, y1], [(x1 + x2) / 2, (y1 + y2) / 2 + between(rng, -swing, swing)])
    }
    next.push(pts.at(-1)!)
    pts = next
    swing *= decay
  }
  return pts
}

/** A soft cloud: overlapping ellipses, to be drawn under a blur filter. */
export function cloud(rng: Rng, cx: number, cy: number, size: number, fill: string, opacity: number): string {
  const puffs: string[] = []
  const count = 4 + Math.floor(rng() * 4)
  for (let i = 0; i < count; i++) {
    const dx = between(rng, -1, 1) * size
    const r = size * between(rng, 0.35, 0.65)
    puffs.push(ellipse(cx + dx, cy - r * 0.3 + between(rng, -0.1, 0.1) * size, r * 1.3, r * 0.7, fill))
  }
  return `<g opacity="${Math.round(opacity * 100) / 100}">${puffs.join('')}</g>`
}
