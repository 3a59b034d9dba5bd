import sharp from 'sharp'
import { LOGO_SIZE } from './structured-data.ts'

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)

/** The site icon: a serif initial on the paper's red, drawn as SVG so it stays sharp at any size. */
export function faviconSvg(siteName: string): string {
  const initial = escapeXml((siteName.replace(/^the\s+/i, '').trim()[0] ?? 'D').toUpperCase())
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="10" fill="#a11d21"/><text x="32" y="46" font-family="Georgia,serif" font-size="42" font-weight="700" text-anchor="middle" fill="#fffdf8">${initial}</text></svg>`
}

const logos = new Map<string, Promise<Buffer>>()

/** The publisher logo for structured data (600×60, as Google asks): the site's name set in a serif. */
export function logoPng(siteName: string): Promise<Buffer> {
  let logo = logos.get(siteName)
  if (!logo) {
    const { width, height } = LOGO_SIZE
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#ffffff"/><text x="${width / 2}" y="44" font-family="Georgia,DejaVu Serif,serif" font-size="40" font-weight="700" text-anchor="middle" fill="#161616">${escapeXml(siteName)}</text></svg>`
    logo = sharp(Buffer.from(svg)).png().toBuffer()
    logos.clear()
    logos.set(siteName, logo)
  }
  return logo
}
