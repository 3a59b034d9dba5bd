import { between, blur, circle, cloud, H, linear, mix, n, radial, rect, ridge, type Scene, W } from './kit.ts'

/**
 * Layered hills or mountains under drifting clouds, with mist in the valleys and rows of bushes or terraces on the
 * nearest slope. With a white last palette slot the far peaks carry snow.
 */
export const hills: Scene = ({ rng, colors }) => {
  const [skyTop, skyLow, far, mid, near, snow] = colors([
    '#9cc9d9',
    '#f1f5e9',
    '#6c8ea4',
    '#3f7a57',
    '#24553a',
    '#ffffff',
  ]) as [string, string, string, string, string, string]
  const out: string[] = [
    '<defs>',
    linear('sky', [
      [0, skyTop],
      [1, skyLow],
    ]),
    radial('sun', [
      [0, '#ffffff', 0.9],
      [0.15, '#fffbe6', 0.55],
      [1, skyLow, 0],
    ]),
    linear('mist', [
      [0, skyLow, 0],
      [0.5, skyLow, 0.75],
      [1, skyLow, 0],
    ]),
    blur('soft', 20),
    blur('edge', 1.2),
    '</defs>',
    rect(0, 0, W, H, 'url(#sky)'),
    circle(between(rng, 200, 1400), between(rng, 120, 240), 340, 'url(#sun)'),
  ]
  out.push('<g filter="url(#soft)">')
  for (let i = 0; i < 6; i++)
    out.push(
      cloud(rng, between(rng, -100, W + 100), between(rng, 70, 300), between(rng, 80, 170), '#ffffff', 0.75),
    )
  out.push('</g>')
  const poly = (pts: Array<[number, number]>) =>
    `M0 ${H} L${pts.map(([x, y]) => `${n(x)} ${n(y)}`).join(' L')} L${W} ${H}Z`
  // Far range: tall and sharp, optionally snow-capped.
  const farPts = ridge(rng, between(rng, 330, 400), 260, 8, 0.5)
  out.push(`<path d="${poly(farPts)}" fill="${mix(far, skyLow, 0.25)}"/>`)
  if (snow.toLowerCase() === '#ffffff' || snow.toLowerCase() === '#fff') {
    // Snow: the ridge line on top, a jagged snowline below it, only where the range rises high enough.
    const top = Math.min(...farPts.map(([, y]) => y))
    const line = top + (Math.max(...farPts.map(([, y]) => y)) - top) * 0.45
    let wander = 0
    const lower = farPts.map(([x, y]): [number, number] => {
      wander = wander * 0.8 + between(rng, -9, 9)
      return [x, Math.max(y, Math.min(line + wander * 2, y + 90 + wander))]
    })
    const d = `M${farPts.map(([x, y]) => `${n(x)} ${n(y)}`).join(' L')} L${lower
      .reverse()
      .map(([x, y]) => `${n(x)} ${n(y)}`)
      .join(' L')}Z`
    out.push(`<path d="${d}" fill="${snow}" opacity="0.9" filter="url(#edge)"/>`)
  }
  out.push(rect(0, 380, W, 200, 'url(#mist)'))
  // Two rolling middle ranges, each hazier behind the next.
  const midA = ridge(rng, between(rng, 470, 520), 140, 7, 0.5)
  out.push(`<path d="${poly(midA)}" fill="${mix(mid, skyLow, 0.35)}"/>`)
  out.push(rect(0, 520, W, 160, 'url(#mist)', 'opacity="0.8"'))
  const midB = ridge(rng, between(rng, 580, 620), 110, 7, 0.5)
  out.push(`<path d="${poly(midB)}" fill="${mid}"/>`)
  // A few trees on the middle ridge.
  for (let i = 0; i < 30; i++) {
    const p = midB[Math.floor(rng() * midB.length)]!
    out.push(circle(p[0], p[1] + 4, between(rng, 8, 16), mix(mid, '#000000', 0.2)))
  }
  // Near slope with contour rows.
  const nearPts = ridge(rng, between(rng, 700, 740), 90, 6, 0.55)
  out.push(`<path d="${poly(nearPts)}" fill="${near}"/>`)
  // Rows of round bushes following the slope, larger as they come closer.
  for (let row = 1; row < 10; row++) {
    const off = row * row * 2.6 + row * 12
    const size = 10 + row * 3.2
    const d = nearPts.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y + off)}`).join(' ')
    out.push(
      `<path d="${d}" stroke="${mix(near, '#000000', 0.25)}" stroke-width="${n(size * 0.5)}" fill="none" transform="translate(0 ${n(size * 0.35)})"/>`,
      `<path d="${d}" stroke="${mix(near, '#ffffff', 0.14)}" stroke-width="${n(size)}" stroke-linecap="round" stroke-dasharray="0 ${n(size * 0.9)}" fill="none"/>`,
    )
  }
  return out.join('')
}
