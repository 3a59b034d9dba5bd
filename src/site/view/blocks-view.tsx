import type { Asset } from '../../core/asset.ts'
import type { VNode } from 'preact'
import type { Block, FigureBlock } from '../../core/blocks.ts'
import { InlineView } from './inline-view.tsx'
import { Picture } from './picture.tsx'

/** The caption and credit under a picture; the credit is its own element so it can be styled and found. */
export function Caption({ caption, credit }: { caption: string; credit: string }) {
  if (!caption && !credit) return null
  return (
    <figcaption>
      {caption}
      {credit && <span class="credit">{credit}</span>}
    </figcaption>
  )
}

const BODY_SIZES = '(min-width: 46rem) 40rem, calc(100vw - 2rem)'

/** How a figure shows; the page's own (a responsive picture) unless a caller needs another form (feeds). */
export type FigureRenderer = (block: FigureBlock, asset: Asset) => VNode | null

function pageFigure(block: FigureBlock, asset: Asset) {
  return (
    <figure>
      <Picture asset={asset} alt={block.alt || asset.alt} sizes={BODY_SIZES} />
      <Caption caption={block.caption} credit={block.credit} />
    </figure>
  )
}

/** One block of a body. Text blocks look the same everywhere; `figure` decides how a picture does. */
export function BlockView({
  block,
  assets,
  figure = pageFigure,
}: {
  block: Block
  assets: ReadonlyMap<number, Asset>
  figure?: FigureRenderer
}) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineView spans={block.content} />
        </p>
      )
    case 'heading': {
      const Tag = block.level === 2 ? 'h2' : 'h3'
      return (
        <Tag>
          <InlineView spans={block.content} />
        </Tag>
      )
    }
    case 'quote':
      return (
        <blockquote>
          {block.paragraphs.map((p) => (
            <p>
              <InlineView spans={p} />
            </p>
          ))}
          {block.attribution && <footer>— {block.attribution}</footer>}
        </blockquote>
      )
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul'
      return (
        <Tag>
          {block.items.map((item) => (
            <li>
              <InlineView spans={item} />
            </li>
          ))}
        </Tag>
      )
    }
    case 'figure': {
      const asset = assets.get(block.assetId)
      return asset ? figure(block, asset) : null
    }
  }
}

/** An article body. The dateline place leads the first paragraph unless the text already starts with it. */
export function BlocksView(props: {
  body: readonly Block[]
  assets: ReadonlyMap<number, Asset>
  datelinePlace?: string
}) {
  const firstParagraph = props.body.findIndex((b) => b.type === 'paragraph')
  return (
    <>
      {props.body.map((block, i) => {
        if (i === firstParagraph && props.datelinePlace && block.type === 'paragraph') {
          const text = block.content.map((s) => s.text).join('')
          // Wire copy often opens with its own dateline ("GROSSETO, Italy (AP) —"), written in capitals.
          if (!text.startsWith(props.datelinePlace.toUpperCase())) {
            return (
              <p>
                <span class="dateline-place">{props.datelinePlace.toUpperCase()}</span> —{' '}
                <InlineView spans={block.content} />
              </p>
            )
          }
        }
        return <BlockView block={block} assets={props.assets} />
      })}
    </>
  )
}
