import { describe, expect, it } from 'vitest'
import { mediaTopicCode } from './media-topic-code.ts'

describe('mediaTopicCode()', () => {
  it('reads the code from a URI or a QCode', () => {
    expect(mediaTopicCode('http://cv.iptc.org/newscodes/mediatopic/11000000')).toBe('11000000')
    expect(mediaTopicCode('https://cv.iptc.org/newscodes/mediatopic/20000763/')).toBe('20000763')
    expect(mediaTopicCode('medtop:15000000')).toBe('15000000')
  })

  it('ignores other schemes and malformed codes', () => {
    expect(mediaTopicCode('http://tt.se/spec/subref/1.0/16000000')).toBeUndefined()
    expect(mediaTopicCode('http://cv.iptc.org/newscodes/subjectcode/11000000')).toBeUndefined()
    expect(mediaTopicCode('medtop:1100')).toBeUndefined()
    expect(mediaTopicCode(undefined)).toBeUndefined()
  })
})
