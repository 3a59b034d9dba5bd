import { describe, expect, it } from 'vitest'
import type { Article } from './article.ts'
import { articleChangeKeys } from './article-change-keys.ts'

type Shown = Pick<Article, 'id' | 'status' | 'sectionId'>
const story = (status: Article['status'], sectionId: number | null = 3): Shown => ({
  id: 12,
  status,
  sectionId,
})

describe('articleChangeKeys()', () => {
  it("names only the story's own key while it is a draft", () => {
    expect(articleChangeKeys(null, story('draft'))).toEqual(['article:12'])
    expect(articleChangeKeys(story('draft'), story('draft'))).toEqual(['article:12'])
  })

  it('adds the front page and the section when the story is published', () => {
    expect(articleChangeKeys(null, story('published'))).toEqual(['article:12', 'front', 'section:3'])
  })

  it('names the front page and section when a published story is withdrawn', () => {
    expect(articleChangeKeys(story('published'), story('unpublished'))).toEqual([
      'article:12',
      'front',
      'section:3',
    ])
  })

  it('names both sections when a published story moves, each key once', () => {
    expect(articleChangeKeys(story('published', 3), story('published', 5))).toEqual([
      'article:12',
      'front',
      'section:3',
      'section:5',
    ])
  })

  it('leaves the section out when the story has none', () => {
    expect(articleChangeKeys(null, story('published', null))).toEqual(['article:12', 'front'])
  })

  it('names nothing when there is no story on either side', () => {
    expect(articleChangeKeys(null, null)).toEqual([])
  })
})
