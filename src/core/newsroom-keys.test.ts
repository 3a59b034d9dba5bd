import { describe, expect, it } from 'vitest'
import { newsroomKeys, storyNewsroomKeys, visibleNewsroomKeys, withNewsroomKeys } from './newsroom-keys.ts'

const reporter = { userId: 5, role: 'reporter' as const, deskIds: [1] }
const chief = { userId: 6, role: 'chief' as const, deskIds: [] }

describe('visibleNewsroomKeys()', () => {
  it('tells a desk’s people of its stories and queue, and nobody else', () => {
    const keys = [...storyNewsroomKeys({ id: 12, deskId: 2 }), newsroomKeys.ingest(2)]
    expect(visibleNewsroomKeys(reporter, keys)).toEqual([])
    expect(visibleNewsroomKeys(chief, keys)).toEqual(['desk:2', 'ingest:2', 'article:12'])
    expect(visibleNewsroomKeys({ ...reporter, deskIds: [2] }, keys)).toEqual([
      'desk:2',
      'ingest:2',
      'article:12',
    ])
  })

  it('names a story moved from another desk to one’s own, but not the other desk', () => {
    const keys = storyNewsroomKeys({ id: 9, deskId: 2 }, { id: 9, deskId: 1 })
    expect(visibleNewsroomKeys(reporter, keys)).toEqual(['desk:1', 'article:9'])
  })

  it('tells everyone of a change to the catalog (desks, sections, settings) and to the front page', () => {
    const keys = [newsroomKeys.catalog, newsroomKeys.front, 'settings', 'front-slots']
    expect(visibleNewsroomKeys(reporter, keys)).toEqual(['catalog', 'front'])
    expect(visibleNewsroomKeys(chief, keys)).toEqual(['catalog', 'front'])
  })
})

describe('withNewsroomKeys()', () => {
  it('adds keys to a change once each, or makes a change of them alone', () => {
    expect(
      withNewsroomKeys({ keys: ['a', newsroomKeys.catalog], reason: 'x' }, [newsroomKeys.catalog], 'y'),
    ).toEqual({
      keys: ['a', newsroomKeys.catalog],
      reason: 'x',
    })
    expect(withNewsroomKeys(null, [newsroomKeys.catalog], 'desk.create')).toEqual({
      keys: [newsroomKeys.catalog],
      reason: 'desk.create',
    })
    expect(withNewsroomKeys(null, [], 'nothing')).toBeNull()
  })
})
