import { between, blur, circle, cloud, H, linear, mix, n, rect, type Rng, type Scene, W } from './kit.ts'

/** A container port: gantry cranes over a loaded ship at the quay, stacks of boxes ashore and gulls overhead. */
export const port: Scene = ({ rng, colors }) => {
  const [skyTop, skyLow, water, crane, hull, quay] = colors([
    '#9fd0e8',
    '#ffe8d6',
    '#1d4e89',
    '#e76f51',
    '#264653',
    '#8d99ae',
  ]) as [string, string, string, string, string, string]
  const boxColors = ['#e63946', '#457b9d', '#f4a261', '#2a9d8f', '#e9c46a', '#6d597a', '#a8dadc', crane]
  const quayY = 600
  const out: string[] = [
    '<defs>',
    linear('sky', [
      [0, skyTop],
      [1, skyLow],
    ]),
    linear('water', [
      [0, mix(water, skyLow, 0.3)],
      [1, mix(water, '#000000', 0.3)],
    ]),
    blur('soft', 16),
    blur('ripple', 2.5),
    '</defs>',
    rect(0, 0, W, quayY, 'url(#sky)'),
    '<g filter="url(#soft)">',
  ]
  for (let i = 0; i < 4; i++)
    out.push(cloud(rng, between(rng, 0, W), between(rng, 60, 240), between(rng, 80, 150), '#ffffff', 0.7))
  out.push('</g>')
  // Distant hills and a far terminal.
  out.push(
    `<path d="M0 ${quayY - 60} Q300 ${quayY - 120} 620 ${quayY - 70} T1250 ${quayY - 80} T${W} ${quayY - 90} L${W} ${quayY} L0 ${quayY}Z" fill="${mix(hull, skyLow, 0.7)}"/>`,
  )
  // Stacks of containers on the quay, behind the cranes.
  for (let x = between(rng, 0, 40); x < W; x += between(rng, 100, 160)) {
    const stack = 1 + Math.floor(rng() * 4)
    for (let k = 0; k < stack; k++)
      out.push(box(rng, x, quayY - 40 - k * 34, 90, 34, pick(rng, boxColors), 0.35))
  }
  out.push(rect(0, quayY - 6, W, 30, quay), rect(0, quayY + 24, W, 8, mix(quay, '#000000', 0.4)))
  out.push(rect(0, quayY + 32, W, H - quayY - 32, 'url(#water)'))
  // Gantry cranes on the quay behind the ship, booms reaching out over it.
  const cranes = 2 + Math.floor(rng() * 2)
  for (let i = 0; i < cranes; i++)
    out.push(gantry(((i + between(rng, 0.35, 0.65)) / cranes) * W, quayY, crane))
  // The ship: a long hull with bays of containers and a bridge house at the stern.
  const shipL = between(rng, -200, 60)
  const shipR = shipL + between(rng, 1350, 1550)
  const deck = quayY + 40
  const hullPath = `M${n(shipL)} ${deck} L${n(shipR - 60)} ${deck} L${n(shipR + 30)} ${deck - 30} L${n(shipR - 30)} ${deck + 130} L${n(shipL + 20)} ${deck + 130}Z`
  const reflection = `<path d="${hullPath}" fill="${hull}" opacity="0.3" transform="translate(0 ${deck * 2 + 260}) scale(1 -1)" filter="url(#ripple)"/>`
  out.push(reflection)
  const bridgeX = shipL + 60
  out.push(rect(bridgeX, deck - 210, 110, 210, '#f1faee'), rect(bridgeX - 10, deck - 220, 130, 18, '#e0e0e0'))
  for (let r = 0; r < 4; r++)
    out.push(rect(bridgeX + 10, deck - 195 + r * 45, 90, 14, mix(hull, '#000000', 0.2)))
  out.push(rect(bridgeX + 70, deck - 270, 26, 52, crane))
  for (let x = bridgeX + 150; x < shipR - 120; x += 92) {
    const tiers = 2 + Math.floor(rng() * 4)
    for (let k = 0; k < tiers; k++)
      out.push(box(rng, x, deck - 34 * (k + 1), 90, 34, pick(rng, boxColors), 0))
  }
  out.push(
    `<path d="${hullPath}" fill="${hull}"/>`,
    rect(shipL, deck + 96, shipR - shipL - 20, 12, mix(crane, '#000000', 0.2)),
  )
  // Ripples and gulls.
  for (let i = 0; i < 90; i++)
    out.push(
      rect(
        between(rng, 0, W),
        between(rng, deck + 140, H),
        between(rng, 20, 90),
        2,
        '#ffffff',
        `opacity="${n(between(rng, 0.08, 0.25))}"`,
      ),
    )
  for (let i = 0; i < 7; i++) {
    const gx = between(rng, 100, W - 100)
    const gy = between(rng, 60, 300)
    const s = between(rng, 8, 18)
    out.push(
      `<path d="M${n(gx - s)} ${n(gy)} q${n(s / 2)} ${n(-s / 2)} ${n(s)} 0 q${n(s / 2)} ${n(-s / 2)} ${n(s)} 0" stroke="#2b2d42" stroke-width="2.5" fill="none"/>`,
    )
  }
  return out.join('')
}

function pick(rng: Rng, list: readonly string[]): string {
  return list[Math.floor(rng() * list.length)]!
}

function box(rng: Rng, x: number, y: number, w: number, h: number, fill: string, haze: number): string {
  const c = mix(fill, '#c9d6df', haze)
  const parts = [rect(x, y, w - 3, h - 2, c)]
  for (let gx = x + 8; gx < x + w - 8; gx += 7)
    parts.push(rect(gx, y + 4, 2, h - 10, mix(c, '#000000', 0.18)))
  if (rng() < 0.2) parts.push(rect(x, y, w - 3, 4, mix(c, '#ffffff', 0.3)))
  return parts.join('')
}

function gantry(x: number, ground: number, color: string): string {
  const dark = mix(color, '#000000', 0.3)
  const top = 130
  return [
    // legs and cross-beams
    rect(x - 90, top + 60, 16, ground - top - 60, color),
    rect(x + 74, top + 60, 16, ground - top - 60, color),
    rect(x - 90, top + 200, 180, 14, dark),
    rect(x - 90, top + 60, 180, 18, color),
    `<line x1="${x - 82}" y1="${top + 214}" x2="${x + 82}" y2="${ground - 20}" stroke="${dark}" stroke-width="6"/>`,
    `<line x1="${x + 82}" y1="${top + 214}" x2="${x - 82}" y2="${ground - 20}" stroke="${dark}" stroke-width="6"/>`,
    // the boom, reaching out over the water, and its stays
    rect(x - 230, top + 40, 480, 22, color),
    rect(x - 30, top - 40, 14, 100, dark),
    rect(x + 16, top - 40, 14, 100, dark),
    `<line x1="${x - 23}" y1="${top - 40}" x2="${x - 220}" y2="${top + 42}" stroke="${dark}" stroke-width="4"/>`,
    `<line x1="${x + 23}" y1="${top - 40}" x2="${x + 240}" y2="${top + 42}" stroke="${dark}" stroke-width="4"/>`,
    // the trolley and a box on the spreader
    rect(x + 150, top + 62, 50, 26, '#f1faee'),
    `<line x1="${x + 175}" y1="${top + 88}" x2="${x + 175}" y2="${top + 180}" stroke="#2b2d42" stroke-width="3"/>`,
    rect(x + 130, top + 180, 90, 34, '#457b9d'),
    circle(x, top - 44, 6, '#ff3b30'),
  ].join('')
}
