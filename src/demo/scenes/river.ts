import {
  between,
  blur,
  circle,
  cloud,
  ellipse,
  H,
  linear,
  mix,
  n,
  radial,
  rect,
  ridge,
  type Rng,
  type Scene,
  W,
} from './kit.ts'

/** A wide river in soft daylight: a tree-lined far bank and wooden country boats, some under sail. */
export const river: Scene = ({ rng, colors }) => {
  const [skyTop, skyLow, water, bank, hull, sail] = colors([
    '#8ecae6',
    '#fdf0d5',
    '#3a7ca5',
    '#2d6a4f',
    '#6b3e26',
    '#e9c46a',
  ]) as [string, string, string, string, string, string]
  const shore = between(rng, 430, 500)
  const sunX = between(rng, 200, 1400)
  const out: string[] = [
    '<defs>',
    linear('sky', [
      [0, skyTop],
      [1, skyLow],
    ]),
    linear('water', [
      [0, mix(water, skyLow, 0.45)],
      [0.35, water],
      [1, mix(water, '#000000', 0.35)],
    ]),
    radial('sun', [
      [0, '#ffffff', 0.95],
      [0.2, skyLow, 0.6],
      [1, skyLow, 0],
    ]),
    blur('soft', 16),
    blur('haze', 4),
    '</defs>',
    rect(0, 0, W, shore + 5, 'url(#sky)'),
    circle(sunX, shore - 200, 300, 'url(#sun)'),
    '<g filter="url(#soft)">',
  ]
  for (let i = 0; i < 4; i++)
    out.push(cloud(rng, between(rng, 0, W), between(rng, 60, 260), between(rng, 80, 150), '#ffffff', 0.7))
  out.push('</g>')
  // Far bank: a low band of tree crowns, hazier the further it is.
  const far = mix(bank, skyLow, 0.45)
  const trees: string[] = []
  for (let x = -20; x < W + 40; x += between(rng, 14, 34)) {
    const r = between(rng, 14, 38)
    trees.push(circle(x, shore - r * between(rng, 0.3, 1.1), r, rng() < 0.5 ? far : mix(far, skyLow, 0.12)))
    if (rng() < 0.06) trees.push(rect(x - 2, shore - 110, 4, 100, far), ellipse(x, shore - 112, 34, 12, far))
  }
  out.push(`<g filter="url(#haze)">${trees.join('')}</g>`)
  out.push(rect(0, shore - 6, W, 10, mix(bank, skyLow, 0.3)))
  out.push(rect(0, shore, W, H - shore, 'url(#water)'))
  // Sparkle and ripples.
  for (let i = 0; i < 140; i++) {
    const y = between(rng, shore + 6, H)
    const t = (y - shore) / (H - shore)
    out.push(
      rect(
        between(rng, -50, W),
        y,
        between(rng, 20, 120) * (0.4 + t),
        1.5 + t * 2.5,
        '#ffffff',
        `opacity="${n(between(rng, 0.06, 0.22))}"`,
      ),
    )
  }
  // Boats, far to near: later ones sit lower and larger.
  const count = 3 + Math.floor(rng() * 2)
  const slots = Array.from({ length: count }, (_, i) => i).sort(() => rng() - 0.5)
  for (let i = 0; i < count; i++) {
    const t = (i + between(rng, 0.2, 0.8)) / count
    const y = shore + 30 + t * (H - shore - 90)
    const size = 60 + t * 260
    const x = Math.min(W - size / 2, Math.max(size / 2, ((slots[i]! + between(rng, 0.25, 0.75)) / count) * W))
    // The nearest boat always sails and the farthest is always poled, so every picture shows both kinds.
    const sailing = i === count - 1 ? true : i === 0 ? false : rng() < 0.6
    out.push(
      boat(rng, x, y, size, mix(hull, water, 0.25 * (1 - t)), mix(sail, skyLow, 0.25 * (1 - t)), sailing),
    )
  }
  // Near bank in the corner, grass and a few reeds.
  const near = ridge(rng, H - 20, 50, 5)
  out.push(
    `<path d="M0 ${H} L${near.map(([x, y]) => `${n(x * 0.45)} ${n(y)}`).join(' L')} L${n(W * 0.45)} ${H}Z" fill="${mix(bank, '#000000', 0.25)}"/>`,
  )
  for (let i = 0; i < 40; i++) {
    const x = between(rng, 0, W * 0.4)
    const h = between(rng, 30, 90)
    out.push(
      `<path d="M${n(x)} ${H} q${n(between(rng, -8, 8))} ${n(-h / 2)} ${n(between(rng, -12, 12))} ${n(-h)}" stroke="${mix(bank, '#000000', 0.35)}" stroke-width="3" fill="none"/>`,
    )
  }
  return out.join('')
}

function boat(
  rng: Rng,
  cx: number,
  y: number,
  size: number,
  hull: string,
  sail: string,
  sailing: boolean,
): string {
  const half = size / 2
  const depth = size * 0.13
  const rise = size * 0.16
  const flip = rng() < 0.5 ? -1 : 1
  const x = (dx: number) => n(cx + dx * flip)
  const hullPath = `M${x(-half)} ${n(y - rise)} Q${x(-half * 0.6)} ${n(y + depth)} ${x(0)} ${n(y + depth)} Q${x(half * 0.65)} ${n(y + depth)} ${x(half)} ${n(y - rise * 0.7)} Q${x(0)} ${n(y - depth * 0.1)} ${x(-half)} ${n(y - rise)}Z`
  const parts = [
    ellipse(cx, y + depth * 1.4, half * 0.9, depth * 0.5, mix(hull, '#000000', 0.5), 'opacity="0.22"'),
    `<path d="${hullPath}" fill="${hull}"/>`,
    // a curved roof over the middle of the boat
    `<path d="M${x(-half * 0.42)} ${n(y - depth * 0.3)} C${x(-half * 0.42)} ${n(y - size * 0.24)} ${x(half * 0.28)} ${n(y - size * 0.24)} ${x(half * 0.28)} ${n(y - depth * 0.3)}Z" fill="${mix(hull, '#000000', 0.3)}"/>`,
  ]
  if (sailing) {
    const mast = cx + half * 0.1 * flip
    const top = y - size * 1.05
    parts.push(
      rect(mast - size * 0.012, top, size * 0.024, size * 1.02, mix(hull, '#000000', 0.4)),
      `<path d="M${n(mast + 3 * flip)} ${n(top + size * 0.06)} L${n(mast + size * 0.55 * flip)} ${n(top + size * 0.18)} Q${n(mast + size * 0.62 * flip)} ${n(y - size * 0.55)} ${n(mast + size * 0.5 * flip)} ${n(y - size * 0.12)} L${n(mast + 3 * flip)} ${n(y - size * 0.2)}Z" fill="${sail}"/>`,
      `<path d="M${n(mast + 3 * flip)} ${n(top + size * 0.4)} L${n(mast + size * 0.57 * flip)} ${n(top + size * 0.5)}" stroke="${mix(sail, '#000000', 0.2)}" stroke-width="${n(size * 0.008 + 0.5)}"/>`,
    )
  } else {
    // a boatman with a long pole
    const px = cx - half * 0.6 * flip
    parts.push(
      rect(px - size * 0.02, y - size * 0.3, size * 0.04, size * 0.2, mix(hull, '#000000', 0.5)),
      circle(px, y - size * 0.33, size * 0.03, mix(hull, '#000000', 0.5)),
      `<path d="M${n(px - size * 0.15 * flip)} ${n(y - size * 0.55)} L${n(px + size * 0.18 * flip)} ${n(y + depth * 2)}" stroke="${mix(hull, '#000000', 0.5)}" stroke-width="${n(size * 0.01 + 0.5)}"/>`,
    )
  }
  return parts.join('')
}
