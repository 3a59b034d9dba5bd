import {
  between,
  blur,
  circle,
  cloud,
  H,
  linear,
  mix,
  n,
  radial,
  rect,
  type Scene,
  type Rng,
  W,
} from './kit.ts'

/** A city skyline at dusk over a river: three layers of towers, lit windows, the sun low in a warm sky. */
export const skyline: Scene = ({ rng, colors }) => {
  const [skyTop, skyMid, horizon, sun, towers, windows] = colors([
    '#1f2a55',
    '#7b4b8f',
    '#f4a261',
    '#ffd98a',
    '#191c35',
    '#ffd98e',
  ]) as [string, string, string, string, string, string]
  const waterTop = 720
  const sunX = between(rng, 300, 1300)
  const sunY = between(rng, 470, 560)
  const out: string[] = [
    '<defs>',
    linear('sky', [
      [0, skyTop],
      [0.55, skyMid],
      [1, horizon],
    ]),
    radial('glow', [
      [0, sun, 0.9],
      [0.25, sun, 0.35],
      [1, sun, 0],
    ]),
    linear('water', [
      [0, mix(horizon, towers, 0.35)],
      [1, mix(skyTop, towers, 0.5)],
    ]),
    linear('reflection', [
      [0, towers, 0.55],
      [1, towers, 0],
    ]),
    blur('soft', 18),
    blur('ripple', 3),
    '</defs>',
    rect(0, 0, W, waterTop, 'url(#sky)'),
    circle(sunX, sunY, 420, 'url(#glow)'),
    circle(sunX, sunY, 62, mix(sun, '#ffffff', 0.25)),
    `<g filter="url(#soft)">`,
  ]
  for (let i = 0; i < 5; i++) {
    out.push(
      cloud(
        rng,
        between(rng, 0, W),
        between(rng, 90, 380),
        between(rng, 90, 180),
        mix(skyMid, horizon, between(rng, 0.2, 0.7)),
        0.55,
      ),
    )
  }
  out.push('</g>')
  const layers = [
    { color: mix(mix(towers, skyMid, 0.55), horizon, 0.25), base: waterTop, min: 120, max: 330, lit: 0.04 },
    { color: mix(towers, skyMid, 0.28), base: waterTop, min: 90, max: 260, lit: 0.18 },
    { color: towers, base: waterTop, min: 50, max: 200, lit: 0.35 },
  ]
  const reflections: string[] = []
  layers.forEach((layer, depth) => {
    let x = -between(rng, 0, 60)
    while (x < W) {
      const w = between(rng, 50, 150) * (1 - depth * 0.12)
      const h = between(rng, layer.min, layer.max) * (rng() < 0.12 ? 1.6 : 1)
      out.push(tower(rng, x, layer.base - h, w, h, layer.color, windows, layer.lit))
      if (depth === 2) reflections.push(rect(x, waterTop, w, h * 0.45, 'url(#reflection)'))
      x += w + between(rng, -10, 14)
    }
  })
  out.push(
    rect(0, waterTop, W, H - waterTop, 'url(#water)'),
    `<g filter="url(#ripple)">${reflections.join('')}</g>`,
  )
  for (let i = 0; i < 70; i++) {
    const y = between(rng, waterTop + 8, H)
    const spread = 60 + (y - waterTop) * 1.6
    const x = sunX + between(rng, -spread, spread)
    out.push(rect(x, y, between(rng, 20, 90), 2.2, sun, `opacity="${n(between(rng, 0.15, 0.55))}"`))
  }
  return out.join('')
}

function tower(
  rng: Rng,
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  light: string,
  lit: number,
): string {
  const parts = [rect(x, y, w, h, fill)]
  const roof = rng()
  if (roof < 0.2) parts.push(rect(x + w * 0.3, y - 18, w * 0.4, 18, fill))
  else if (roof < 0.32) parts.push(rect(x + w / 2 - 1.5, y - between(rng, 30, 70), 3, 70, fill))
  else if (roof < 0.4)
    parts.push(
      `<path d="M${n(x)} ${n(y)} Q${n(x + w / 2)} ${n(y - w * 0.6)} ${n(x + w)} ${n(y)}Z" fill="${fill}"/>`,
    )
  if (lit > 0) {
    const cols = Math.max(2, Math.floor(w / 18))
    const rows = Math.floor(h / 24)
    const cw = w / cols
    for (let r = 1; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (rng() < lit)
          parts.push(
            rect(
              x + c * cw + cw * 0.28,
              y + r * 24,
              cw * 0.44,
              10,
              light,
              `opacity="${n(between(rng, 0.55, 1))}"`,
            ),
          )
      }
    }
  }
  return parts.join('')
}
