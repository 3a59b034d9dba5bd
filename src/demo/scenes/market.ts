import { between, blur, circle, ellipse, H, linear, mix, n, rect, type Rng, type Scene, W } from './kit.ts'

/** A row of market stalls under striped awnings, tables heaped with produce and stacked goods, strings of bulbs. */
export const market: Scene = ({ rng, colors }) => {
  const [wall, awningA, awningB, awningC, ground, goods] = colors([
    '#f3dfb8',
    '#d62828',
    '#f77f00',
    '#2a9d8f',
    '#b98b5a',
    '#e9c46a',
  ]) as [string, string, string, string, string, string]
  const awnings = [awningA, awningB, awningC]
  const produce = ['#c1121f', '#e76f51', '#7f4f24', '#6a994e', '#f4a261', '#9d4edd', goods]
  const floor = 660
  const out: string[] = [
    '<defs>',
    linear('wall', [
      [0, mix(wall, '#ffffff', 0.35)],
      [1, wall],
    ]),
    linear('ground', [
      [0, ground],
      [1, mix(ground, '#000000', 0.35)],
    ]),
    linear('shade', [
      [0, '#000000', 0.35],
      [1, '#000000', 0],
    ]),
    blur('soft', 5),
    '</defs>',
    rect(0, 0, W, floor, 'url(#wall)'),
  ]
  // Arched, shuttered windows in the old wall behind the stalls.
  for (let x = between(rng, 20, 90); x < W - 60; x += between(rng, 170, 230)) {
    const c = mix(pickColor(rng, awnings), wall, 0.45)
    out.push(
      `<path d="M${n(x)} 150 L${n(x)} 60 Q${n(x + 40)} 10 ${n(x + 80)} 60 L${n(x + 80)} 150Z" fill="${mix(wall, '#000000', 0.15)}"/>`,
      rect(x + 6, 62, 32, 88, c),
      rect(x + 42, 62, 32, 88, c),
    )
    for (let y = 72; y < 145; y += 12)
      out.push(rect(x + 8, y, 28, 3, mix(c, '#000000', 0.2)), rect(x + 44, y, 28, 3, mix(c, '#000000', 0.2)))
  }
  out.push(rect(0, floor, W, H - floor, 'url(#ground)'))
  // Front row.
  const count = 4
  const width = W / count
  // Every row has both kinds of table: heaps of produce and stacks of boxes or books.
  const heaped = Array.from({ length: count }, (_, i) =>
    i === 0 ? true : i === 1 ? false : rng() < 0.5,
  ).sort(() => rng() - 0.5)
  for (let i = 0; i < count; i++)
    out.push(stall(rng, i * width + 8, 190, width - 16, heaped[i]!, awnings, produce, wall))
  // A string of bulbs sagging between the awnings.
  for (let s = 0; s < count; s++) {
    const x1 = s * width + 20
    const x2 = x1 + width - 20
    for (let i = 0; i <= 10; i++) {
      const t = i / 10
      const x = x1 + (x2 - x1) * t
      const y = 150 + Math.sin(t * Math.PI) * 30
      if (i > 0)
        out.push(
          `<line x1="${n(x - (x2 - x1) / 10)}" y1="${n(150 + Math.sin((t - 0.1) * Math.PI) * 30)}" x2="${n(x)}" y2="${n(y)}" stroke="#3d3d3d" stroke-width="2"/>`,
        )
      out.push(
        circle(x, y + 8, 14, '#fff3b0', 'opacity="0.35" filter="url(#soft)"'),
        circle(x, y + 7, 5.5, '#fff3b0'),
      )
    }
  }
  // Shoppers passing in front, as simple silhouettes seen from behind.
  for (let i = 0; i < 4; i++) {
    const x = ((i + between(rng, 0.2, 0.8)) / 4) * W
    const s = between(rng, 1.1, 1.45)
    const c = mix(pickColor(rng, [...awnings, '#264653', '#6d597a']), '#000000', 0.4)
    const foot = H - between(rng, 10, 40)
    out.push(
      ellipse(x, foot, 42 * s, 8 * s, '#000000', 'opacity="0.2"'),
      rect(x - 17 * s, foot - 95 * s, 15 * s, 95 * s, mix(c, '#000000', 0.35), `rx="${n(5 * s)}"`),
      rect(x + 2 * s, foot - 95 * s, 15 * s, 95 * s, mix(c, '#000000', 0.35), `rx="${n(5 * s)}"`),
      `<path d="M${n(x - 30 * s)} ${n(foot - 85 * s)} L${n(x - 32 * s)} ${n(foot - 185 * s)} Q${n(x - 30 * s)} ${n(foot - 205 * s)} ${n(x - 10 * s)} ${n(foot - 208 * s)} L${n(x + 10 * s)} ${n(foot - 208 * s)} Q${n(x + 30 * s)} ${n(foot - 205 * s)} ${n(x + 32 * s)} ${n(foot - 185 * s)} L${n(x + 30 * s)} ${n(foot - 85 * s)}Z" fill="${c}"/>`,
      rect(x - 7 * s, foot - 218 * s, 14 * s, 14 * s, mix(c, '#000000', 0.3)),
      circle(x, foot - 236 * s, 21 * s, '#2b2118'),
    )
  }
  return out.join('')
}

function pickColor(rng: Rng, list: readonly string[]): string {
  return list[Math.floor(rng() * list.length)]!
}

function stall(
  rng: Rng,
  x: number,
  top: number,
  w: number,
  heaps: boolean,
  awnings: string[],
  produce: string[],
  wall: string,
): string {
  const s = 1
  const a = pickColor(rng, awnings)
  const depth = 110 * s
  const tableY = top + depth + 210 * s
  const parts: string[] = []
  // Posts and the back cloth.
  parts.push(rect(x, top + depth, w, tableY - top - depth, mix(a, wall, 0.7)))
  parts.push(rect(x, top + depth, w, 60 * s, 'url(#shade)'))
  parts.push(
    rect(x + 4 * s, top, 8 * s, tableY + 130 * s - top, '#5c4033'),
    rect(x + w - 12 * s, top, 8 * s, tableY + 130 * s - top, '#5c4033'),
  )
  // The awning: stripes, then a scalloped edge.
  const stripes = 8
  const sw = w / stripes
  for (let i = 0; i < stripes; i++) {
    const fill = i % 2 ? '#fdfcf7' : a
    parts.push(
      `<polygon points="${n(x + i * sw + sw * 0.1)},${n(top)} ${n(x + (i + 1) * sw - sw * 0.1)},${n(top)} ${n(x + (i + 1) * sw)},${n(top + depth)} ${n(x + i * sw)},${n(top + depth)}" fill="${fill}"/>`,
    )
    parts.push(circle(x + (i + 0.5) * sw, top + depth, sw / 2, fill))
  }
  // Table and its load: either heaps of produce or stacks of boxes and bundles.
  parts.push(
    rect(x + 10 * s, tableY, w - 20 * s, 22 * s, '#8d6e63'),
    rect(x + 10 * s, tableY + 22 * s, w - 20 * s, 90 * s, '#6d4c41'),
  )
  const slots = 3
  for (let k = 0; k < slots; k++) {
    const cx = x + (w / slots) * (k + 0.5)
    const c = pickColor(rng, produce)
    if (heaps) {
      const r = 10.5 * s
      for (let row = 0; row < 5; row++) {
        const across = 6 - row
        for (let j = 0; j < across; j++) {
          const px = cx + (j - (across - 1) / 2) * r * 1.8 + between(rng, -2, 2) * s
          const py = tableY - r - row * r * 1.5
          parts.push(
            circle(px, py, r, mix(c, '#000000', between(rng, 0, 0.2))),
            circle(px - r * 0.3, py - r * 0.35, r * 0.3, '#ffffff', 'opacity="0.35"'),
          )
        }
      }
    } else {
      let y = tableY
      for (let j = 0; j < 5; j++) {
        const bw = between(rng, 60, 90) * s
        const bh = between(rng, 12, 20) * s
        y -= bh
        parts.push(
          rect(
            cx - bw / 2 + between(rng, -4, 4) * s,
            y,
            bw,
            bh,
            mix(pickColor(rng, produce), '#ffffff', between(rng, 0, 0.3)),
            'stroke="#00000033" stroke-width="1"',
          ),
        )
      }
    }
  }
  return parts.join('')
}
