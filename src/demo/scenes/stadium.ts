import { between, circle, ellipse, H, linear, mix, n, radial, rect, type Scene, W } from './kit.ts'

/** A football stadium at night: floodlight towers throwing beams over a striped pitch and a crowded stand. */
export const stadium: Scene = ({ rng, colors }) => {
  const [skyTop, skyLow, lamp, grass, stand, accent] = colors([
    '#0b1026',
    '#2a3566',
    '#fff5d1',
    '#2f7d3b',
    '#1b2238',
    '#e63946',
  ]) as [string, string, string, string, string, string]
  const edge = 440
  const out: string[] = [
    '<defs>',
    linear('sky', [
      [0, skyTop],
      [1, skyLow],
    ]),
    linear('beam', [
      [0, lamp, 0.55],
      [1, lamp, 0],
    ]),
    radial('lamp', [
      [0, lamp, 1],
      [0.3, lamp, 0.5],
      [1, lamp, 0],
    ]),
    linear('pitch', [
      [0, mix(grass, lamp, 0.15)],
      [1, mix(grass, '#000000', 0.3)],
    ]),
    '</defs>',
    rect(0, 0, W, edge, 'url(#sky)'),
  ]
  for (let i = 0; i < 60; i++)
    out.push(
      circle(
        between(rng, 0, W),
        between(rng, 0, 260),
        between(rng, 0.8, 2),
        '#ffffff',
        `opacity="${n(between(rng, 0.2, 0.8))}"`,
      ),
    )
  // The stand's bowl with a lit rim.
  out.push(`<path d="M0 200 Q${W / 2} 120 ${W} 200 L${W} ${edge} L0 ${edge}Z" fill="${stand}"/>`)
  out.push(
    `<path d="M0 200 Q${W / 2} 120 ${W} 200" stroke="${mix(lamp, accent, 0.3)}" stroke-width="5" fill="none" opacity="0.7"/>`,
  )
  const shirts = [accent, mix(accent, '#ffffff', 0.5), '#ffffff', mix(stand, lamp, 0.35), '#ffd166']
  for (let row = 0; row < 20; row++) {
    const y = 215 + row * 11
    for (let x = between(rng, 0, 9); x < W; x += between(rng, 8, 13)) {
      const lift = (1 - ((x - W / 2) / (W / 2)) ** 2) * -40 * (1 - row / 22)
      if (rng() < 0.8)
        out.push(
          circle(
            x,
            y + lift,
            3.3,
            shirts[Math.floor(rng() * shirts.length)]!,
            `opacity="${n(0.55 + row * 0.02)}"`,
          ),
        )
    }
  }
  // The pitch: stripes, touchline, halfway line and centre circle in perspective.
  out.push(rect(0, edge, W, H - edge, 'url(#pitch)'))
  for (let i = 0; i < 9; i += 2) {
    const y1 = edge + (H - edge) * (i / 9) ** 1.4
    const y2 = edge + (H - edge) * ((i + 1) / 9) ** 1.4
    out.push(rect(0, y1, W, y2 - y1, '#ffffff', 'opacity="0.05"'))
  }
  const stroke = 'stroke="#ffffff" stroke-width="4" opacity="0.8"'
  const line = `${stroke} fill="none"`
  out.push(`<path d="M-100 ${H - 40} L260 ${edge + 30} L1340 ${edge + 30} L1700 ${H - 40}" ${line}/>`)
  out.push(`<path d="M800 ${edge + 30} L800 ${H}" ${line}/>`)
  out.push(ellipse(800, edge + 240, 230, 90, 'none', stroke), circle(800, edge + 240, 6, '#ffffff'))
  // Players as small silhouettes.
  for (let i = 0; i < 12; i++) {
    const y = between(rng, edge + 60, H - 60)
    const s = 0.6 + ((y - edge) / (H - edge)) * 1.2
    const x = between(rng, 150, W - 150)
    const kit = i % 2 ? accent : '#f8f9fa'
    out.push(
      ellipse(x + 4, y, 12 * s, 3 * s, '#000000', 'opacity="0.35"'),
      rect(x - 4 * s, y - 22 * s, 8 * s, 22 * s, '#1b1b1b', `rx="${n(2 * s)}"`),
      rect(x - 6 * s, y - 38 * s, 12 * s, 18 * s, kit, `rx="${n(4 * s)}"`),
      circle(x, y - 43 * s, 5 * s, '#6d4c41'),
    )
  }
  // Floodlight towers and their beams.
  const towers = [between(rng, 80, 260), between(rng, 1340, 1520)]
  if (rng() < 0.5) towers.push(between(rng, 600, 1000))
  for (const tx of towers) {
    const top = between(rng, 30, 70)
    const aim = 800 + (800 - tx) * -0.1
    out.push(
      `<polygon points="${n(tx - 40)},${n(top + 40)} ${n(tx + 40)},${n(top + 40)} ${n(aim + 520)},${H} ${n(aim - 520)},${H}" fill="url(#beam)" opacity="0.4"/>`,
      `<polygon points="${n(tx - 6)},${n(top + 60)} ${n(tx + 6)},${n(top + 60)} ${n(tx + 14)},${edge - 60} ${n(tx - 14)},${edge - 60}" fill="${mix(stand, '#000000', 0.3)}"/>`,
      circle(tx, top + 30, 220, 'url(#lamp)', 'opacity="0.8"'),
      rect(tx - 60, top, 120, 62, mix(stand, '#000000', 0.4)),
    )
    for (let r = 0; r < 3; r++)
      for (let c = 0; c < 6; c++) out.push(rect(tx - 55 + c * 19, top + 5 + r * 19, 15, 15, lamp, `rx="3"`))
  }
  return out.join('')
}
