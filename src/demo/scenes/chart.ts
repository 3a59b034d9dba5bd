import { between, blur, circle, H, linear, mix, n, rect, type Scene, W } from './kit.ts'

/** An abstract market chart: rising and falling bars, a trend line with its shaded area, on a dark grid. */
export const chart: Scene = ({ rng, colors }) => {
  const [bgTop, bgLow, bar, barAlt, line, grid] = colors([
    '#0f2027',
    '#24414e',
    '#2a9d8f',
    '#e76f51',
    '#f4d35e',
    '#ffffff',
  ]) as [string, string, string, string, string, string]
  const left = 120
  const right = W - 100
  const base = 780
  const out: string[] = [
    '<defs>',
    linear(
      'bg',
      [
        [0, bgTop],
        [1, bgLow],
      ],
      [0, 0, 1, 1],
    ),
    linear('area', [
      [0, line, 0.35],
      [1, line, 0],
    ]),
    linear('barUp', [
      [0, mix(bar, '#ffffff', 0.25)],
      [1, bar, 0.6],
    ]),
    linear('barDown', [
      [0, mix(barAlt, '#ffffff', 0.2)],
      [1, barAlt, 0.6],
    ]),
    blur('bokeh', 24),
    blur('glow', 8),
    '</defs>',
    rect(0, 0, W, H, 'url(#bg)'),
  ]
  // Out-of-focus lights behind the chart, like a trading floor at night.
  const bokeh: string[] = []
  for (let i = 0; i < 22; i++) {
    bokeh.push(
      circle(
        between(rng, 0, W),
        between(rng, 0, H),
        between(rng, 30, 110),
        rng() < 0.5 ? bar : line,
        `opacity="${n(between(rng, 0.05, 0.18))}"`,
      ),
    )
  }
  out.push(`<g filter="url(#bokeh)">${bokeh.join('')}</g>`)
  for (let y = base; y > 100; y -= 85) out.push(rect(left, y, right - left, 1.5, grid, 'opacity="0.12"'))
  for (let x = left; x <= right; x += 120) out.push(rect(x, 100, 1.5, base - 100, grid, 'opacity="0.07"'))
  // A random walk with a gentle drift, drawn as bars (volume-like) and a line (price-like).
  const count = 28
  const step = (right - left) / count
  const drift = between(rng, -4, 9)
  let value = between(rng, 280, 420)
  const points: Array<[number, number]> = []
  const bars: string[] = []
  for (let i = 0; i < count; i++) {
    const prev = value
    value = Math.max(150, Math.min(620, value + drift + between(rng, -38, 38)))
    const x = left + i * step + step * 0.18
    const h = between(rng, 0.25, 0.6) * value
    bars.push(rect(x, base - h, step * 0.64, h, value >= prev ? 'url(#barUp)' : 'url(#barDown)', 'rx="3"'))
    points.push([left + (i + 0.5) * step, base - value])
  }
  const path = points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join(' ')
  const [lx, ly] = points.at(-1)!
  out.push(`<path d="${path} L${n(lx)} ${base} L${n(points[0]![0])} ${base}Z" fill="url(#area)"/>`, ...bars)
  out.push(
    `<path d="${path}" stroke="${line}" stroke-width="12" fill="none" opacity="0.35" filter="url(#glow)"/>`,
  )
  out.push(`<path d="${path}" stroke="${line}" stroke-width="5" fill="none" stroke-linejoin="round"/>`)
  for (const [x, y] of points.filter((_, i) => i % 4 === 3))
    out.push(circle(x, y, 7, bgTop, `stroke="${line}" stroke-width="4"`))
  out.push(circle(lx, ly, 22, line, 'opacity="0.25"'), circle(lx, ly, 10, line))
  out.push(rect(left, base, right - left, 3, grid, 'opacity="0.5"'))
  return out.join('')
}
