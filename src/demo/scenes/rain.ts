import { between, blur, circle, cloud, H, linear, mix, n, rect, type Rng, type Scene, W } from './kit.ts'

/** Rain over a crowded city of flat roofs: water tanks, tin sheds, a few lit windows and slanting rain under low cloud. */
export const rain: Scene = ({ rng, colors }) => {
  const [skyTop, skyLow, roofs, roofsFar, windows, drops] = colors([
    '#4a5468',
    '#9aa3b5',
    '#2e3a52',
    '#6b7489',
    '#ffd166',
    '#e3ebff',
  ]) as [string, string, string, string, string, string]
  const out: string[] = [
    '<defs>',
    linear('sky', [
      [0, skyTop],
      [1, skyLow],
    ]),
    linear('street', [
      [0, mix(roofs, skyLow, 0.3)],
      [1, mix(roofs, '#000000', 0.3)],
    ]),
    linear('mist', [
      [0, skyLow, 0],
      [1, skyLow, 0.45],
    ]),
    blur('soft', 22),
    blur('glow', 6),
    '</defs>',
    rect(0, 0, W, H, 'url(#sky)'),
    '<g filter="url(#soft)">',
  ]
  for (let i = 0; i < 9; i++)
    out.push(
      cloud(
        rng,
        between(rng, -100, W + 100),
        between(rng, 20, 240),
        between(rng, 140, 260),
        mix(skyTop, '#000000', between(rng, 0, 0.25)),
        0.8,
      ),
    )
  out.push('</g>')
  // Sometimes a flash of lightning far off, from the cloud down behind the town.
  if (rng() < 0.5) {
    const bolt = (x0: number, y0: number, y1: number): string => {
      let x = x0
      let y = y0
      const d = [`M${n(x)} ${n(y)}`]
      while (y < y1) {
        x += between(rng, -45, 45)
        y += between(rng, 25, 55)
        d.push(`L${n(x)} ${n(y)}`)
      }
      return d.join(' ')
    }
    const x0 = between(rng, 250, W - 250)
    const main = bolt(x0, 60, 430)
    const branch = bolt(x0 + between(rng, -60, 60), 160, 300)
    out.push(circle(x0, 160, 300, drops, 'opacity="0.16" filter="url(#soft)"'))
    for (const d of [main, branch]) {
      out.push(
        `<path d="${d}" stroke="${drops}" stroke-width="16" fill="none" opacity="0.35" filter="url(#glow)"/>`,
        `<path d="${d}" stroke="#ffffff" stroke-width="${d === main ? 5 : 3}" fill="none" stroke-linejoin="round"/>`,
      )
    }
  }
  // Three rows of buildings, far (pale) to near (dark), each with its own rooftop clutter.
  const rows = [
    {
      base: between(rng, 520, 600),
      color: mix(roofsFar, skyLow, 0.35),
      lit: 0.03,
      min: 120,
      max: 320,
      scale: 0.6,
    },
    { base: between(rng, 680, 740), color: roofsFar, lit: 0.08, min: 130, max: 330, scale: 0.8 },
    { base: 900, color: roofs, lit: 0.16, min: 140, max: between(rng, 300, 420), scale: 1 },
  ]
  for (const row of rows) {
    let x = -between(rng, 0, 80)
    while (x < W) {
      const w = between(rng, 110, 220) * row.scale
      const h = between(rng, row.min, row.max)
      out.push(building(rng, x, row.base - h, w, h, row.color, windows, row.lit, row.scale))
      x += w + between(rng, 2, 16) * row.scale
    }
    out.push(rect(0, row.base - 60, W, 60, 'url(#mist)'))
  }
  // The rain itself: long, thin, slanted streaks, heavier in front.
  const slant = between(rng, -0.3, 0.05)
  const heavy = Math.floor(between(rng, 450, 900))
  for (let i = 0; i < heavy; i++) {
    const x = between(rng, -100, W + 100)
    const y = between(rng, -50, H)
    const len = between(rng, 25, 70)
    out.push(
      `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + len * slant)}" y2="${n(y + len)}" stroke="${drops}" stroke-width="${n(between(rng, 1, 2.4))}" opacity="${n(between(rng, 0.12, 0.45))}"/>`,
    )
  }
  // Mist where the rain meets the roofs.
  out.push(rect(0, 0, W, H, skyLow, 'opacity="0.12"'))
  return out.join('')
}

function building(
  rng: Rng,
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  light: string,
  lit: number,
  s: number,
): string {
  const parts = [rect(x, y, w, h, fill)]
  // Parapet and rooftop clutter: water tanks, a stair hut, a tin shed, a washing line.
  parts.push(rect(x - 3 * s, y - 8 * s, w + 6 * s, 8 * s, mix(fill, '#ffffff', 0.08)))
  const kind = rng()
  if (kind < 0.45) {
    const tx = x + between(rng, 0.1, 0.6) * w
    parts.push(
      rect(tx, y - 46 * s, 34 * s, 38 * s, mix(fill, '#000000', 0.1), `rx="${n(6 * s)}"`),
      rect(tx + 4 * s, y - 8 * s, 4 * s, 8 * s, fill),
      rect(tx + 26 * s, y - 8 * s, 4 * s, 8 * s, fill),
    )
  } else if (kind < 0.7) {
    parts.push(rect(x + w * 0.55, y - 40 * s, w * 0.3, 40 * s, fill))
  } else if (kind < 0.85) {
    parts.push(
      `<path d="M${n(x + w * 0.1)} ${n(y)} L${n(x + w * 0.1)} ${n(y - 30 * s)} L${n(x + w * 0.7)} ${n(y - 46 * s)} L${n(x + w * 0.7)} ${n(y)}Z" fill="${mix(fill, '#000000', 0.15)}"/>`,
    )
  } else {
    parts.push(
      `<path d="M${n(x + 8)} ${n(y - 30 * s)} Q${n(x + w / 2)} ${n(y - 18 * s)} ${n(x + w - 8)} ${n(y - 30 * s)}" stroke="${mix(fill, '#ffffff', 0.3)}" stroke-width="1.5" fill="none"/>`,
    )
    for (let i = 1; i < 5; i++)
      parts.push(rect(x + (w * i) / 5, y - 26 * s, 10 * s, 16 * s, mix(light, fill, 0.5), 'opacity="0.6"'))
  }
  // Windows: a regular grid, most dark, a few lit.
  const cols = Math.max(2, Math.floor(w / (28 * s)))
  const cw = w / cols
  for (let r = y + 24 * s; r < y + h - 20; r += 34 * s) {
    for (let c = 0; c < cols; c++) {
      const on = rng() < lit
      parts.push(
        rect(
          x + c * cw + cw * 0.25,
          r,
          cw * 0.5,
          16 * s,
          on ? light : mix(fill, '#000000', 0.25),
          on ? `opacity="${n(between(rng, 0.6, 0.95))}"` : '',
        ),
      )
    }
  }
  return parts.join('')
}
