import { between, blur, circle, ellipse, H, linear, mix, n, rect, type Rng, type Scene, W } from './kit.ts'

/** A laboratory bench: glass flasks, beakers and a rack of test tubes with coloured liquids, a molecule model behind. */
export const laboratory: Scene = ({ rng, colors }) => {
  const [wall, bench, liquidA, liquidB, liquidC, glass] = colors([
    '#e3eef2',
    '#2f3e4e',
    '#06d6a0',
    '#118ab2',
    '#ef476f',
    '#ffffff',
  ]) as [string, string, string, string, string, string]
  const liquids = [liquidA, liquidB, liquidC]
  const top = 680
  const out: string[] = [
    '<defs>',
    linear('wall', [
      [0, mix(wall, '#ffffff', 0.4)],
      [1, mix(wall, bench, 0.15)],
    ]),
    linear('bench', [
      [0, mix(bench, '#ffffff', 0.15)],
      [1, mix(bench, '#000000', 0.3)],
    ]),
    linear(
      'glassShine',
      [
        [0, glass, 0.5],
        [0.5, glass, 0.1],
        [1, glass, 0.3],
      ],
      [0, 0, 1, 0],
    ),
    blur('soft', 10),
    '</defs>',
    rect(0, 0, W, top, 'url(#wall)'),
  ]
  // Wall tiles.
  for (let y = 0; y < top; y += 80) out.push(rect(0, y, W, 1.5, mix(wall, bench, 0.2), 'opacity="0.5"'))
  for (let x = 0; x < W; x += 80) out.push(rect(x, 0, 1.5, top, mix(wall, bench, 0.2), 'opacity="0.35"'))
  // A molecule model: balls and sticks.
  const atoms: Array<[number, number, number]> = []
  const mx = between(rng, 1000, 1300)
  for (let i = 0; i < 7; i++)
    atoms.push([mx + between(rng, -200, 200), between(rng, 90, 330), between(rng, 16, 30)])
  for (let i = 1; i < atoms.length; i++) {
    const [x1, y1] = atoms[i]!
    const [x2, y2] = atoms[Math.floor(rng() * i)]!
    out.push(
      `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${mix(bench, wall, 0.4)}" stroke-width="7"/>`,
    )
  }
  for (const [x, y, r] of atoms)
    out.push(
      circle(x, y, r, mix(liquids[Math.floor(rng() * 3)]!, wall, 0.2)),
      circle(x - r * 0.3, y - r * 0.3, r * 0.3, '#ffffff', 'opacity="0.5"'),
    )
  // A shelf with small bottles.
  out.push(rect(80, 330, 620, 14, mix(bench, '#ffffff', 0.3)))
  for (let x = 100; x < 680; x += between(rng, 50, 80)) {
    const h = between(rng, 50, 90)
    const c = liquids[Math.floor(rng() * 3)]!
    out.push(
      rect(x, 330 - h, 36, h, mix(c, '#000000', 0.35), 'rx="6"'),
      rect(x + 10, 330 - h - 14, 16, 16, mix(bench, '#000000', 0.2)),
    )
  }
  out.push(rect(0, top, W, H - top, 'url(#bench)'), rect(0, top, W, 10, mix(bench, '#ffffff', 0.35)))
  // Glassware along the bench, left to right, in a shuffled order.
  const pieces = [flask, beaker, roundFlask, tubes, rng() < 0.5 ? flask : beaker].sort(() => rng() - 0.5)
  const slot = W / pieces.length
  pieces.forEach((draw, i) => {
    const x = slot * (i + 0.5) + between(rng, -30, 30)
    out.push(
      ellipse(x, top + 62, 150, 16, '#000000', 'opacity="0.25" filter="url(#soft)"'),
      draw(rng, x, top + 60, liquids[i % 3]!, glass),
    )
  })
  return out.join('')
}

type Glassware = (rng: Rng, x: number, base: number, liquid: string, glass: string) => string

function bubbles(rng: Rng, x: number, y: number, spread: number, count: number): string {
  return Array.from({ length: count }, () =>
    circle(
      x + between(rng, -spread, spread),
      y - between(rng, 0, 120),
      between(rng, 3, 9),
      '#ffffff',
      'opacity="0.55"',
    ),
  ).join('')
}

const flask: Glassware = (rng, x, base, liquid, glass) => {
  const h = between(rng, 240, 300)
  const w = h * 0.42
  const neck = 26
  const shape = `M${n(x - neck)} ${n(base - h)} L${n(x - neck)} ${n(base - h * 0.62)} L${n(x - w)} ${n(base - 14)} Q${n(x - w)} ${n(base)} ${n(x - w + 14)} ${n(base)} L${n(x + w - 14)} ${n(base)} Q${n(x + w)} ${n(base)} ${n(x + w)} ${n(base - 14)} L${n(x + neck)} ${n(base - h * 0.62)} L${n(x + neck)} ${n(base - h)}Z`
  const level = base - h * between(rng, 0.3, 0.5)
  const id = `f${Math.floor(x)}`
  return [
    `<clipPath id="${id}"><path d="${shape}"/></clipPath>`,
    rect(x - w, level, w * 2, base - level, liquid, `clip-path="url(#${id})" opacity="0.85"`),
    `<path d="${shape}" fill="url(#glassShine)" stroke="${glass}" stroke-width="5" stroke-opacity="0.85"/>`,
    rect(x - neck - 8, base - h - 8, neck * 2 + 16, 12, glass, 'rx="6" opacity="0.9"'),
    bubbles(rng, x, base - 20, w * 0.5, 9),
  ].join('')
}

const beaker: Glassware = (rng, x, base, liquid, glass) => {
  const h = between(rng, 170, 220)
  const w = h * 0.38
  const level = base - h * between(rng, 0.35, 0.7)
  const parts = [
    rect(x - w, level, w * 2, base - level, liquid, 'opacity="0.8"'),
    `<path d="M${n(x - w - 10)} ${n(base - h)} L${n(x - w)} ${n(base - h + 14)} L${n(x - w)} ${n(base - 10)} Q${n(x - w)} ${base} ${n(x - w + 10)} ${base} L${n(x + w - 10)} ${base} Q${n(x + w)} ${base} ${n(x + w)} ${n(base - 10)} L${n(x + w)} ${n(base - h)}Z" fill="url(#glassShine)" stroke="${glass}" stroke-width="5" stroke-opacity="0.85"/>`,
  ]
  for (let y = base - 30; y > base - h + 30; y -= 26)
    parts.push(rect(x - w + 10, y, 26, 3, glass, 'opacity="0.7"'))
  parts.push(bubbles(rng, x, base - 12, w * 0.6, 5))
  return parts.join('')
}

const roundFlask: Glassware = (rng, x, base, liquid, glass) => {
  const r = between(rng, 80, 100)
  const cy = base - r
  const id = `r${Math.floor(x)}`
  const level = cy + between(rng, -r * 0.2, r * 0.4)
  return [
    `<clipPath id="${id}"><circle cx="${n(x)}" cy="${n(cy)}" r="${n(r)}"/></clipPath>`,
    rect(x - r, level, r * 2, base - level, liquid, `clip-path="url(#${id})" opacity="0.85"`),
    rect(
      x - 18,
      cy - r - 130,
      36,
      140,
      'url(#glassShine)',
      `stroke="${glass}" stroke-width="5" stroke-opacity="0.85"`,
    ),
    circle(x, cy, r, 'url(#glassShine)', `stroke="${glass}" stroke-width="5" stroke-opacity="0.85"`),
    // a clamp stand holding the neck
    rect(x + r + 40, base - 420, 12, 420, '#7d8597'),
    rect(x + 10, cy - r - 90, r + 40, 10, '#7d8597'),
    bubbles(rng, x, base - 20, r * 0.5, 8),
  ].join('')
}

const tubes: Glassware = (rng, x, base, liquid, glass) => {
  const parts = [
    rect(x - 130, base - 110, 260, 18, '#8d6e63', 'rx="4"'),
    rect(x - 130, base - 20, 260, 20, '#8d6e63', 'rx="4"'),
  ]
  for (let i = 0; i < 5; i++) {
    const tx = x - 104 + i * 52
    const c = mix(liquid, i % 2 ? '#ffffff' : '#000000', between(rng, 0, 0.35))
    const level = between(rng, 60, 150)
    parts.push(
      rect(tx - 14, base - 22 - level, 28, level, c, 'rx="14" opacity="0.9"'),
      rect(
        tx - 16,
        base - 230,
        32,
        210,
        'url(#glassShine)',
        `rx="16" stroke="${glass}" stroke-width="4" stroke-opacity="0.85"`,
      ),
    )
  }
  return parts.join('')
}
