import { describe, expect, it } from 'vitest'
import { articleContentSchema, bylineText, type ArticleContent } from './article.ts'

const valid: ArticleContent = {
  slug: 'river-ferries-resume',
  headline: 'River ferries resume after the storm',
  summary: '',
  body: [],
  deskId: null,
  sectionId: null,
  contributors: [],
  source: null,
  leadImage: null,
  dateline: null,
  topics: [],
  tags: [],
  language: 'en',
}

const issuesOf = (overrides: Record<string, unknown>) => {
  const result = articleContentSchema.safeParse({ ...valid, ...overrides })
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'))
}

describe('bylineText()', () => {
  it('joins names the way readers say them', () => {
    const c = (name: string) => ({ kind: 'staff' as const, name })
    expect(bylineText([])).toBe('')
    expect(bylineText([c('Jane Roe')])).toBe('Jane Roe')
    expect(bylineText([c('Jane Roe'), c('John Doe')])).toBe('Jane Roe and John Doe')
    expect(bylineText([c('Jane Roe'), c('John Doe'), { kind: 'agency', name: 'Delta Wire' }])).toBe(
      'Jane Roe, John Doe and Delta Wire',
    )
  })
})

describe('articleContentSchema', () => {
  it('accepts a complete story', () => {
    expect(issuesOf({})).toEqual([])
  })

  it('accepts Bengali, Devanagari and Cyrillic slugs', () => {
    for (const slug of ['নদীর-পাড়ে-নতুন-বাঁধ', 'হিন্দি-समाचार', 'год-2024-новости', 'ক্ষুদ্র-ঋণ-২০২৪']) {
      expect(issuesOf({ slug }), slug).toEqual([])
    }
  })

  it('refuses slugs with uppercase letters, spaces, stray hyphens or nothing at all', () => {
    for (const slug of [
      'River-Ferries',
      'river ferries',
      '-river',
      'river-',
      'river--ferries',
      'river_ferries',
      '',
    ]) {
      expect(issuesOf({ slug }), slug).toEqual(['slug'])
    }
  })

  it('requires a headline with more than whitespace', () => {
    expect(issuesOf({ headline: '   ' })).toEqual(['headline'])
    expect(articleContentSchema.parse({ ...valid, headline: '  Trimmed  ' }).headline).toBe('Trimmed')
  })

  it('requires a BCP 47 language tag', () => {
    for (const language of ['en', 'bn-BD', 'zh-Hant-TW', 'sgn-BE-FR'])
      expect(issuesOf({ language }), language).toEqual([])
    for (const language of ['', 'english', 'e', 'bn_BD', 'en-', 'bn BD']) {
      expect(issuesOf({ language }), language).toEqual(['language'])
    }
  })

  it('requires topics to be eight-digit Media Topic codes', () => {
    expect(issuesOf({ topics: ['11000000'] })).toEqual([])
    expect(issuesOf({ topics: ['politics'] })).toEqual(['topics.0'])
  })

  it('accepts only http(s) links for contributors and sources', () => {
    expect(issuesOf({ source: { name: 'Wire', kind: 'wire', url: 'https://wire.example' } })).toEqual([])
    expect(issuesOf({ source: { name: 'Wire', kind: 'wire', url: 'javascript:alert(1)' } })).toEqual([
      'source.url',
    ])
    expect(issuesOf({ contributors: [{ kind: 'guest', name: 'Ana', url: 'ftp://files.example' }] })).toEqual([
      'contributors.0.url',
    ])
  })

  it('fills in defaults for summary, contributors, topics and tags', () => {
    const { summary: _s, contributors: _c, topics: _t, tags: _g, ...rest } = valid
    expect(articleContentSchema.parse(rest)).toMatchObject({
      summary: '',
      contributors: [],
      topics: [],
      tags: [],
    })
  })
})
