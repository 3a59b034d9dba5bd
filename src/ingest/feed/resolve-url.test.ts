import { describe, expect, it } from 'vitest'
import { resolveHtmlUrls, resolveUrl } from './resolve-url.ts'

const BASE = 'https://news.example.org/world/2024/story'

describe('resolveUrl()', () => {
  it('resolves relative references against an http(s) base', () => {
    expect(resolveUrl('/livewire/a-story', 'http://talkingpointsmemo.com')).toBe(
      'http://talkingpointsmemo.com/livewire/a-story',
    )
    expect(resolveUrl('img/a.jpg', BASE)).toBe('https://news.example.org/world/2024/img/a.jpg')
    expect(resolveUrl('//cdn.example.org/a.jpg', BASE)).toBe('https://cdn.example.org/a.jpg')
  })

  it('leaves values with a scheme, and everything when there is no usable base, as they are', () => {
    expect(resolveUrl('javascript:alert(1)', BASE)).toBe('javascript:alert(1)')
    expect(resolveUrl('mailto:desk@example.org', BASE)).toBe('mailto:desk@example.org')
    expect(resolveUrl(' a.jpg ', undefined)).toBe('a.jpg')
    expect(resolveUrl('a.jpg', 'file:///etc/')).toBe('a.jpg')
  })
})

describe('resolveHtmlUrls()', () => {
  it('rewrites relative href and src inside tags only', () => {
    const html = `<p>See <a href="/a?x=1&amp;y=2">this</a> and href="/not-a-tag".</p><img alt='x' src=pic.jpg>`
    expect(resolveHtmlUrls(html, BASE)).toBe(
      `<p>See <a href="https://news.example.org/a?x=1&amp;y=2">this</a> and href="/not-a-tag".</p>` +
        `<img alt='x' src="https://news.example.org/world/2024/pic.jpg">`,
    )
  })

  it('does not touch absolute or scripted values', () => {
    const html = '<a href="https://x.example/">a</a><a href="javascript:void(0)">b</a>'
    expect(resolveHtmlUrls(html, BASE)).toBe(html)
  })
})
