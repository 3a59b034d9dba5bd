import { between, blur, circle, ellipse, H, linear, mix, n, rect, type Rng, type Scene, W } from './kit.ts'

/** A cricket ground by day: striped outfield, the pitch in the middle, fielders in whites and a full stand. */
export const cricket: Scene = ({ rng, colors }) => {
  const [sky, grass, stripe, pitch, stand, roof] = colors([
    '#a9d6f5',
    '#3f8f3a',
    '#58a84f',
    '#d9c48b',
    '#c8553d',
    '#e9ecef',
  ]) as [string, string, string, string, string, string]
  const standTop = 150
  const edge = 330 // where the grass meets the stand
  const cx = W / 2 + between(rng, -120, 120)
  const out: string[] = [
    '<defs>',
    linear('sky', [
      [0, sky],
      [1, mix(sky, '#ffffff', 0.6)],
    ]),
    linear('stand', [
      [0, mix(stand, '#000000', 0.35)],
      [1, stand],
    ]),
    linear('field', [
      [0, mix(grass, '#ffffff', 0.08)],
      [1, mix(grass, '#000000', 0.15)],
    ]),
    blur('shadow', 6),
    `<clipPath id="ground"><ellipse cx="${n(cx)}" cy="${n(edge + 900)}" rx="2000" ry="${n(900)}"/></clipPath>`,
    '</defs>',
    rect(0, 0, W, edge, 'url(#sky)'),
  ]
  // Floodlight masts, unlit by day.
  for (const mx of [between(rng, 60, 200), between(rng, 1400, 1540)]) {
    out.push(rect(mx - 5, 30, 10, edge, '#8d99ae'))
    out.push(rect(mx - 42, 20, 84, 46, '#adb5bd'), rect(mx - 38, 24, 76, 38, '#dee2e6'))
  }
  // The stand: a roof, then rows of spectators as coloured dots.
  out.push(
    `<path d="M0 ${standTop} Q${n(W / 2)} ${standTop - 50} ${W} ${standTop} L${W} ${standTop + 26} Q${n(W / 2)} ${standTop - 24} 0 ${standTop + 26}Z" fill="${roof}"/>`,
  )
  out.push(
    `<path d="M0 ${standTop + 26} Q${n(W / 2)} ${standTop - 24} ${W} ${standTop + 26} L${W} ${edge} L0 ${edge}Z" fill="url(#stand)"/>`,
  )
  const shirts = [stand, '#ffffff', '#2b2d42', '#ffd166', '#06d6a0', '#118ab2', '#ef476f', roof]
  for (let row = 0; row < 14; row++) {
    const y = standTop + 30 + row * 11
    for (let x = between(rng, 0, 8); x < W; x += between(rng, 7, 12)) {
      const dy = (1 - ((x - W / 2) / (W / 2)) ** 2) * -22 * (1 - row / 16)
      if (rng() < 0.85) out.push(circle(x, y + dy, 3.4, shirts[Math.floor(rng() * shirts.length)]!))
    }
  }
  // Advertising boards along the boundary.
  for (let x = 0; x < W; x += 160)
    out.push(rect(x, edge - 22, 158, 22, rng() < 0.5 ? mix(stand, '#ffffff', 0.3) : mix(roof, sky, 0.3)))
  // The outfield with mowing stripes that fan out towards the viewer.
  const stripes: string[] = [rect(0, edge, W, H - edge, 'url(#field)')]
  for (let i = -12; i < 12; i += 2) {
    const topL = cx + i * 70
    const botL = cx + i * 260
    stripes.push(
      `<polygon points="${n(topL)},${edge} ${n(topL + 70)},${edge} ${n(botL + 260)},${H} ${n(botL)},${H}" fill="${stripe}" opacity="0.45"/>`,
    )
  }
  out.push(...stripes)
  // Boundary rope and the thirty-yard circle, in perspective.
  out.push(ellipse(cx, edge + 330, 1500, 310, 'none', 'stroke="#ffffff" stroke-width="4" opacity="0.8"'))
  out.push(
    ellipse(
      cx,
      edge + 300,
      620,
      170,
      'none',
      'stroke="#ffffff" stroke-width="3" stroke-dasharray="14 16" opacity="0.7"',
    ),
  )
  // The pitch, creases and stumps.
  const pTop = edge + 150
  const pBot = edge + 470
  out.push(
    `<polygon points="${n(cx - 26)},${pTop} ${n(cx + 26)},${pTop} ${n(cx + 62)},${pBot} ${n(cx - 62)},${pBot}" fill="${pitch}"/>`,
  )
  out.push(rect(cx - 40, pTop + 16, 80, 3, '#ffffff'), rect(cx - 92, pBot - 52, 184, 4, '#ffffff'))
  for (const [y, s] of [
    [pTop + 14, 1],
    [pBot - 56, 2],
  ] as const) {
    for (const d of [-1, 0, 1]) out.push(rect(cx + d * 5 * s - s, y - 16 * s, 2 * s, 16 * s, '#f1e3c0'))
  }
  // Players: batters at the crease, fielders spread around.
  out.push(
    player(rng, cx + 20, pBot - 54, 1.7),
    player(rng, cx - 18, pTop + 12, 1.1),
    player(rng, cx + 6, pTop - 10, 1.1),
  )
  for (let i = 0; i < 9; i++) {
    const a = between(rng, 0, Math.PI * 2)
    const r = between(rng, 0.35, 0.85)
    const y = edge + 300 + Math.sin(a) * 290 * r
    out.push(player(rng, cx + Math.cos(a) * 1300 * r, y, 0.8 + ((y - edge) / (H - edge)) * 1.4))
  }
  return out.join('')
}

function player(rng: Rng, x: number, y: number, s: number): string {
  const cap = rng() < 0.5 ? '#1d3557' : '#2b2d42'
  return [
    ellipse(x + 6 * s, y + 1, 12 * s, 3 * s, '#000000', 'opacity="0.25" filter="url(#shadow)"'),
    rect(x - 4 * s, y - 30 * s, 8 * s, 30 * s, '#f8f9fa', `rx="${n(3 * s)}"`),
    rect(x - 6 * s, y - 40 * s, 12 * s, 16 * s, '#ffffff', `rx="${n(4 * s)}"`),
    circle(x, y - 45 * s, 4.5 * s, '#a0694b'),
    ellipse(x, y - 48 * s, 5 * s, 2.4 * s, cap),
  ].join('')
}
