import { describe, expect, it } from 'vitest'
import { usableImageSrc } from './image-src.ts'

describe('usableImageSrc()', () => {
  it('accepts absolute http(s) and relative paths', () => {
    expect(usableImageSrc(' https://img.example/a.jpg ')).toBe('https://img.example/a.jpg')
    expect(usableImageSrc('HTTP://img.example/a.jpg')).toBe('HTTP://img.example/a.jpg')
    expect(usableImageSrc('images/a.jpg')).toBe('images/a.jpg')
    expect(usableImageSrc('/images/a.jpg')).toBe('/images/a.jpg')
  })

  it('refuses other schemes, protocol-relative addresses and control characters', () => {
    for (const src of [
      'data:image/png;base64,AA',
      'javascript:alert(1)',
      'java\tscript:x',
      '//evil.example/a.jpg',
      '\\\\evil/a',
      'ftp://x/a.jpg',
      '',
      undefined,
    ]) {
      expect(usableImageSrc(src)).toBeNull()
    }
  })
})
