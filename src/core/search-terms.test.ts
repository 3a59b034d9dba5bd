import { describe, expect, it } from 'vitest'
import {
  bestSnippet,
  HIT_END,
  HIT_START,
  matchesAsPrefix,
  MAX_TERM_LENGTH,
  MAX_TERMS,
  searchTerms,
} from './search-terms.ts'

describe('searchTerms()', () => {
  it('splits a query into lowercased words without punctuation or repeats', () => {
    expect(searchTerms('  River FERRIES, resume!  river ')).toEqual(['river', 'ferries', 'resume'])
    expect(searchTerms("O'Brien's café, 3.5%")).toEqual(["o'brien's", 'café', '3.5'])
  })

  it('keeps Bengali words whole, vowel signs and conjuncts included', () => {
    expect(searchTerms('প্রধানমন্ত্রী আজ নতুন বিদ্যালয় উদ্বোধন করেছেন।')).toEqual([
      'প্রধানমন্ত্রী',
      'আজ',
      'নতুন',
      'বিদ্যালয়',
      'উদ্বোধন',
      'করেছেন',
    ])
    expect(searchTerms('ফেরি, Dhaka')).toEqual(['ফেরি', 'dhaka'])
  })

  it('gives no terms for an empty query or one of punctuation and symbols only', () => {
    for (const query of ['', '   ', '!!!', '"*" ^ () -- ;', '…—“”', '🙂🙂', '\u0002\u0003']) {
      expect(searchTerms(query)).toEqual([])
    }
  })

  it('leaves nothing of query syntax: operators are plain words, marks and brackets are gone', () => {
    expect(searchTerms('ferry AND "bus" OR NEAR(tolls, 5) ^fares* -x')).toEqual([
      'ferry',
      'and',
      'bus',
      'or',
      'near',
      'tolls',
      '5',
      'fares',
      'x',
    ])
    expect(searchTerms("x' OR 1=1; DROP TABLE articles; --")).toEqual([
      'x',
      'or',
      '1',
      'drop',
      'table',
      'articles',
    ])
    expect(searchTerms('<script>alert(1)</script>')).toEqual(['script', 'alert', '1'])
    for (const term of searchTerms('a"b (c) d* ^e {f} [g] h:i')) expect(term).not.toMatch(/["()*^{}[\]\s]/)
  })

  it(`keeps at most ${MAX_TERMS} terms of at most ${MAX_TERM_LENGTH} characters, however long the query`, () => {
    const many = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ')
    expect(searchTerms(many)).toEqual(Array.from({ length: MAX_TERMS }, (_, i) => `word${i}`))
    const [long] = searchTerms('x'.repeat(500))
    expect(long).toBe('x'.repeat(MAX_TERM_LENGTH))
    expect(searchTerms('a '.repeat(100_000) + 'b')).toEqual(['a'])
  })

  it('gives the same terms for two spellings of the same query', () => {
    expect(searchTerms('Ferry,  Dhaka!')).toEqual(searchTerms('ferry dhaka'))
    const terms = searchTerms("O'Brien: ফেরি — 3.5")
    expect(searchTerms(terms.join(' '))).toEqual(terms)
  })
})

describe('matchesAsPrefix()', () => {
  it('lets words of three letters or more begin longer words, not short ones or ones with punctuation', () => {
    expect(matchesAsPrefix('war')).toBe(true)
    expect(matchesAsPrefix('নদী')).toBe(true)
    expect(matchesAsPrefix('un')).toBe(false)
    expect(matchesAsPrefix("o'brien")).toBe(false)
    expect(matchesAsPrefix('3.5')).toBe(false)
  })
})

describe('bestSnippet()', () => {
  const hit = (word: string) => `${HIT_START}${word}${HIT_END}`
  it('prefers the passage of the text that matched, then a matching summary, then the summary', () => {
    expect(bestSnippet(`two ${hit('ferries')} sank`, `the ${hit('ferry')} line`)).toBe(
      `two ${hit('ferries')} sank`,
    )
    expect(bestSnippet('The opening words', `the ${hit('ferry')} line`)).toBe(`the ${hit('ferry')} line`)
    expect(bestSnippet('The opening words', 'A summary')).toBe('A summary')
    expect(bestSnippet('The opening words', '')).toBe('The opening words')
  })
})
