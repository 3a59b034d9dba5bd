import { describe, expect, it } from 'vitest'
import { articleContentSchema } from '../core/article.ts'
import { wordCount, type Block } from '../core/blocks.ts'
import { inlineText, type Inline } from '../core/inline.ts'
import { reservedSectionSlugs, sectionInputSchema } from '../core/section.ts'
import { slugify } from '../core/slug.ts'
import {
  demoDesks,
  demoSections,
  demoStories,
  inline,
  type DemoBlock,
  type ImageRecipe,
} from './demo-content.ts'
import { sceneRenderers } from './scenes/index.ts'

const paragraphs = (body: DemoBlock[]) =>
  body.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.content)] : []))
const allInline = (body: DemoBlock[]): Inline[] =>
  body.flatMap((b) => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
        return [b.content]
      case 'quote':
        return [...b.paragraphs, [{ text: b.attribution }]]
      case 'list':
        return b.items
      case 'figure':
        return [[{ text: b.caption }], [{ text: b.alt }]]
    }
  })
const recipes = (story: (typeof demoStories)[number]): ImageRecipe[] => [
  story.lead,
  ...story.body.flatMap((b) => (b.type === 'figure' ? [b.image] : [])),
]

describe('demo sections and desks', () => {
  it('have valid, unreserved, unique slugs', () => {
    for (const section of demoSections) {
      expect(sectionInputSchema.safeParse(section).success, section.slug).toBe(true)
      expect(reservedSectionSlugs.has(section.slug)).toBe(false)
    }
    expect(new Set(demoSections.map((s) => s.slug)).size).toBe(demoSections.length)
    expect(new Set(demoSections.map((s) => s.position)).size).toBe(demoSections.length)
  })

  it('give every desk an existing default section', () => {
    const slugs = new Set(demoSections.map((s) => s.slug))
    for (const desk of demoDesks) expect(slugs.has(desk.sectionSlug), desk.name).toBe(true)
  })
})

describe('demo stories', () => {
  it('are twenty, with unique keys and headlines', () => {
    expect(demoStories).toHaveLength(20)
    expect(new Set(demoStories.map((s) => s.key)).size).toBe(20)
    expect(new Set(demoStories.map((s) => s.headline)).size).toBe(20)
    expect(new Set(demoStories.map((s) => slugify(s.headline))).size).toBe(20)
  })

  it('use only existing desks and sections, more of them International and National', () => {
    const desks = new Set(demoDesks.map((d) => d.name))
    const sections = new Set(demoSections.map((s) => s.slug))
    for (const story of demoStories) {
      expect(desks.has(story.desk), story.key).toBe(true)
      expect(sections.has(story.section), story.key).toBe(true)
    }
    const perDesk = (name: string) => demoStories.filter((s) => s.desk === name).length
    for (const desk of demoDesks) expect(perDesk(desk.name), desk.name).toBeGreaterThan(0)
    const others = demoDesks.filter((d) => !/International|National/.test(d.name)).map((d) => perDesk(d.name))
    expect(perDesk('International Desk')).toBeGreaterThan(Math.max(...others))
    expect(perDesk('National Desk')).toBeGreaterThan(Math.max(...others))
  })

  it('carry top-level IPTC Media Topic codes', () => {
    for (const story of demoStories) {
      expect(story.topics.length, story.key).toBeGreaterThan(0)
      for (const code of story.topics) expect(code, story.key).toMatch(/^(0[1-9]|1[0-7])000000$/)
    }
  })

  it('draw only scenes the generator supports, with hex palettes and honest alt text', () => {
    for (const story of demoStories) {
      for (const image of recipes(story)) {
        expect(Object.keys(sceneRenderers), story.key).toContain(image.scene)
        for (const colour of image.palette) expect(colour).toMatch(/^#[0-9a-f]{6}$/i)
        expect(image.alt.length, story.key).toBeGreaterThan(40)
        expect(image.caption && image.credit, story.key).toBeTruthy()
      }
    }
  })

  it('have 5–9 body blocks, paragraphs of 40–90 words, and most have a heading', () => {
    for (const story of demoStories) {
      expect(story.body.length, story.key).toBeGreaterThanOrEqual(5)
      expect(story.body.length, story.key).toBeLessThanOrEqual(9)
      expect(paragraphs(story.body).length, story.key).toBeGreaterThanOrEqual(3)
      for (const text of paragraphs(story.body)) {
        const words = wordCount(text)
        expect(words, `${story.key}: ${text.slice(0, 40)}…`).toBeGreaterThanOrEqual(40)
        expect(words, `${story.key}: ${text.slice(0, 40)}…`).toBeLessThanOrEqual(90)
      }
    }
    const withHeading = demoStories.filter((s) => s.body.some((b) => b.type === 'heading' && b.level === 2))
    expect(withHeading.length).toBeGreaterThanOrEqual(15)
  })

  it('use quotes with attribution, lists, inline figures and marks across the set', () => {
    const blocks = demoStories.flatMap((s) => s.body)
    const quotes = blocks.filter((b) => b.type === 'quote')
    expect(quotes.length).toBeGreaterThanOrEqual(10)
    for (const q of quotes) expect(q.type === 'quote' && q.attribution).toBeTruthy()
    expect(blocks.filter((b) => b.type === 'list').length).toBeGreaterThanOrEqual(5)
    const withFigure = demoStories.filter((s) => s.body.some((b) => b.type === 'figure'))
    expect(withFigure.length).toBeGreaterThanOrEqual(4)
    const spans = demoStories.flatMap((s) => allInline(s.body)).flat()
    expect(spans.some((s) => s.bold)).toBe(true)
    expect(spans.some((s) => s.italic)).toBe(true)
    const links = spans.filter((s) => s.href !== undefined)
    expect(links.length).toBeGreaterThanOrEqual(3)
    for (const link of links) expect(link.href).toMatch(/^https:\/\/example\.com\//)
  })

  it('use typographic quotes, never straight ones, and leave no markup behind', () => {
    for (const story of demoStories) {
      const texts = [
        story.headline,
        story.summary,
        ...recipes(story).flatMap((r) => [r.caption, r.alt]),
        ...allInline(story.body).map(inlineText),
      ]
      for (const text of texts) {
        expect(text, story.key).not.toMatch(/['"]/)
        expect(text, story.key).not.toMatch(/\*|\]\(/)
      }
    }
  })

  it('include exactly one story in Bengali, written in Bengali script', () => {
    const bengali = demoStories.filter((s) => s.language === 'bn')
    expect(bengali).toHaveLength(1)
    const [story] = bengali
    for (const text of [story!.headline, story!.summary, ...paragraphs(story!.body)]) {
      expect(text).toMatch(/^[\p{Script=Bengali}\s\p{P}\p{N}]+$/u)
    }
    for (const other of demoStories.filter((s) => s !== story)) expect(other.language).toBe('en')
  })

  it('spread first publication over five days, all different, with updates after it', () => {
    const hours = demoStories.map((s) => s.hoursAgo)
    expect(new Set(hours).size).toBe(20)
    for (const h of hours) expect(h >= 1 && h <= 120).toBe(true)
    const updated = demoStories.filter((s) => s.updatedHoursAgo !== undefined)
    expect(updated.length).toBeGreaterThanOrEqual(4)
    for (const s of updated)
      expect(s.updatedHoursAgo! > 0 && s.updatedHoursAgo! < s.hoursAgo, s.key).toBe(true)
  })

  it('credit invented wire agencies and partners on about six stories', () => {
    const sourced = demoStories.filter((s) => s.source !== null)
    expect(sourced.length).toBeGreaterThanOrEqual(5)
    expect(sourced.length).toBeLessThanOrEqual(8)
    for (const s of sourced.filter((s) => s.source!.kind === 'wire')) {
      expect(
        s.contributors.some((c) => c.kind === 'agency' && c.name === s.source!.name),
        s.key,
      ).toBe(true)
    }
  })

  it('become valid article content once figures have assets', () => {
    let assetId = 0
    for (const story of demoStories) {
      const body: Block[] = story.body.map((b) =>
        b.type === 'figure'
          ? { type: 'figure', assetId: ++assetId, caption: b.caption, credit: b.credit, alt: b.alt }
          : b,
      )
      const result = articleContentSchema.safeParse({
        slug: slugify(story.headline),
        headline: story.headline,
        summary: story.summary,
        body,
        deskId: 1,
        sectionId: 1,
        contributors: story.contributors,
        source: story.source,
        leadImage: {
          assetId: ++assetId,
          caption: story.lead.caption,
          credit: story.lead.credit,
          alt: story.lead.alt,
        },
        dateline: story.dateline,
        topics: story.topics,
        tags: story.tags,
        language: story.language,
      })
      expect(result.error?.issues ?? [], story.key).toEqual([])
    }
  })
})

describe('inline()', () => {
  it('turns bold, italic and example.com links into spans', () => {
    expect(inline('A **bold** and *italic* [link](https://example.com/x) end')).toEqual([
      { text: 'A ' },
      { text: 'bold', bold: true },
      { text: ' and ' },
      { text: 'italic', italic: true },
      { text: ' ' },
      { text: 'link', href: 'https://example.com/x' },
      { text: ' end' },
    ])
  })
})
