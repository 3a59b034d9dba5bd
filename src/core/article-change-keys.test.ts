import { describe, expect, it } from 'vitest'
import { articleChangeKeys, listKeys, type Listed } from './article-change-keys.ts'

const story = (overrides: Partial<Listed> = {}): Listed => ({
  id: 12,
  status: 'published',
  sectionId: 3,
  tags: ['Monsoon'],
  topics: ['17000000'],
  contributors: [{ kind: 'staff', name: 'Rina Das' }],
  firstPublishedAt: '2024-05-31T19:00:00Z', // 1 June in Dhaka
  ...overrides,
})
const ZONE = 'Asia/Dhaka'

describe('articleChangeKeys()', () => {
  it('names every list a newly published story joins', () => {
    expect(articleChangeKeys(null, story(), ZONE)).toEqual([
      'article:12',
      'front',
      'section:3',
      'tag:monsoon',
      'topic:17000000',
      'author:rina-das',
      'archive:2024-06',
    ])
  })

  it('names only the story when it is a draft, or when only its text changes', () => {
    expect(articleChangeKeys(null, story({ status: 'draft', firstPublishedAt: null }), ZONE)).toEqual([
      'article:12',
    ])
    expect(articleChangeKeys(story(), story(), ZONE)).toEqual(['article:12'])
  })

  it('names the lists it leaves and joins when it moves or is withdrawn', () => {
    const moved = articleChangeKeys(story(), story({ sectionId: 5, tags: ['Cyclone'] }), ZONE)
    expect(moved).toEqual(
      expect.arrayContaining(['section:3', 'section:5', 'tag:monsoon', 'tag:cyclone', 'front']),
    )
    expect(articleChangeKeys(story(), story({ status: 'killed' }), ZONE)).toEqual(
      expect.arrayContaining(['front', 'section:3', 'tag:monsoon', 'author:rina-das', 'archive:2024-06']),
    )
  })

  it('files the month in the site’s zone', () => {
    expect(listKeys(story(), 'UTC')).toContain('archive:2024-05')
    expect(listKeys(story(), ZONE)).toContain('archive:2024-06')
  })
})
