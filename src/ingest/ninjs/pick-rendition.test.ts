import { describe, expect, it } from 'vitest'
import { pickRendition } from './pick-rendition.ts'

const r = (
  name: string,
  width?: number,
  contentType = 'image/jpeg',
  href = `https://img.example/${name}.jpg`,
) => ({
  name,
  href,
  contentType,
  ...(width ? { width } : {}),
})

describe('pickRendition()', () => {
  it('takes the smallest image at least 1600 px wide', () => {
    expect(pickRendition([r('huge', 6000), r('thumb', 200), r('web', 2048), r('hd', 1600)], [])?.name).toBe(
      'hd',
    )
  })

  it('takes the widest image when none is wide enough', () => {
    expect(pickRendition([r('small', 179), r('mid', 429)], [])?.name).toBe('mid')
  })

  it('skips renditions that are not images', () => {
    expect(pickRendition([r('caption_nitf', 9999, 'text/xml'), r('main', 800)], [])?.name).toBe('main')
  })

  it('falls back to names when no width is given', () => {
    expect(pickRendition([r('thumbnail'), r('preview'), r('highRes')], [])?.name).toBe('highRes')
    expect(pickRendition([r('a'), r('b')], [])?.name).toBe('a')
  })

  it('skips renditions without an href, with a warning', () => {
    const warnings: string[] = []
    expect(pickRendition([{ name: 'thumbnail' }, { name: 'highres' }], warnings)).toBeNull()
    expect(warnings).toEqual(['Skipped renditions without an href: thumbnail, highres'])
  })
})
