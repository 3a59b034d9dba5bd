import { describe, expect, it } from 'vitest'
import { articleContentSchema } from './article.ts'
import { slugify } from './slug.ts'

const acceptedSlug = (slug: string) => articleContentSchema.shape.slug.safeParse(slug).success

describe('slugify()', () => {
  it('lowercases a Latin headline and joins its words with hyphens', () => {
    expect(slugify('Harbour City Switches On Its Tidal Lights')).toBe(
      'harbour-city-switches-on-its-tidal-lights',
    )
  })

  it('folds Latin accents away', () => {
    expect(slugify('Café au lait in São Paulo')).toBe('cafe-au-lait-in-sao-paulo')
    expect(slugify('Ünïcödé Ñandú')).toBe('unicode-nandu')
  })

  it('keeps Bengali letters and vowel signs', () => {
    const slug = slugify('নদীর পাড়ে নতুন বাঁধ')
    expect(slug).toBe('নদীর-পাড়ে-নতুন-বাঁধ'.normalize('NFC'))
    expect(slugify('ক্ষুদ্র ঋণ ও কৃষক, ২০২৪')).toBe('ক্ষুদ্র-ঋণ-ও-কৃষক-২০২৪')
    expect(acceptedSlug(slug)).toBe(true)
  })

  it('gives the same Bengali slug whatever the Unicode normalization form of the headline', () => {
    const headline = 'নদীর পাড়ে নতুন বাঁধ'
    expect(slugify(headline.normalize('NFD'))).toBe(slugify(headline.normalize('NFC')))
  })

  it('does not split a Bengali word written with a zero-width joiner (র‍্যাব)', () => {
    // "র‍্যাব" (RAB) is spelled র + ZWJ + ্ + য + া + ব; the joiner is part of the word, not a space.
    const slug = slugify('র\u200d্যাব অভিযান')
    expect(slug).toMatch(/^র\u200d?্যাব-অভিযান$/u)
  })

  it('keeps other scripts too', () => {
    expect(slugify('Год 2024: новости')).toBe('год-2024-новости')
    expect(slugify('हिन्दी समाचार')).toBe('हिन्दी-समाचार')
  })

  it('gives a slug the article schema accepts for a Japanese headline with the long-vowel mark', () => {
    // ー (U+30FC) and 々 (U+3005) are modifier letters that Japanese headlines use all the time.
    for (const headline of ['データセンター新設', '人々の声']) {
      expect(acceptedSlug(slugify(headline)), slugify(headline)).toBe(true)
    }
  })

  it('removes apostrophes instead of splitting the word at them', () => {
    expect(slugify("Don't stop: the river isn’t done")).toBe('dont-stop-the-river-isnt-done')
  })

  it('turns runs of punctuation and spaces into one hyphen, none at the ends', () => {
    expect(slugify('  — Prices rise 5% in Q1 — again!  ')).toBe('prices-rise-5-in-q1-again')
  })

  it('gives "story" for an empty or punctuation-only headline', () => {
    expect(slugify('')).toBe('story')
    expect(slugify('   ')).toBe('story')
    expect(slugify('!!! ??? — …')).toBe('story')
  })

  it('cuts a long headline at a hyphen within the limit', () => {
    expect(slugify('one two three four five six', 12)).toBe('one-two')
    const long = slugify(
      'Ferry operators on the southern rivers agree a timetable for the monsoon season after weeks of talks',
    )
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long).toBe('ferry-operators-on-the-southern-rivers-agree-a-timetable-for-the-monsoon-season')
    expect(long.endsWith('-')).toBe(false)
  })

  it('cuts inside a word only when the last hyphen is in the first half', () => {
    expect(slugify('ab cdefghijklmnop', 12)).toBe('ab-cdefghijk')
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(80))
  })

  it('keeps a headline exactly at the limit whole', () => {
    expect(slugify('abcde fghij', 11)).toBe('abcde-fghij')
  })

  it('always gives a slug the article schema accepts', () => {
    const headlines = [
      'Harbour reopens',
      'নদীর পাড়ে নতুন বাঁধ',
      "Don't panic",
      '',
      'İstanbul',
      'ΣΟΦΟΣ',
      '東京で地震',
      'x'.repeat(200),
    ]
    for (const headline of headlines) expect(acceptedSlug(slugify(headline)), headline).toBe(true)
  })
})
