import { renderToString } from 'preact-render-to-string'
import type { Asset } from '../../core/asset.ts'
import type { Block, FigureBlock } from '../../core/blocks.ts'
import { absoluteUrl, renditionPath } from '../urls.ts'
import { largestJpeg } from '../structured-data.ts'
import { BlockView } from '../view/blocks-view.tsx'

/** A story body as HTML for feed readers: plain elements, absolute picture addresses, captions with credits. */
export function feedBodyHtml(
  body: readonly Block[],
  assets: ReadonlyMap<number, Asset>,
  siteUrl: string,
): string {
  // Feed readers take no srcset or <picture>: one JPEG at an absolute address.
  const figure = (block: FigureBlock, asset: Asset) => {
    const r = largestJpeg(asset)
    if (!r) return null
    return (
      <figure>
        <img
          src={absoluteUrl(siteUrl, renditionPath(r))}
          width={r.width}
          height={r.height}
          alt={block.alt || asset.alt}
        />
        {(block.caption || block.credit) && (
          <figcaption>
            {block.caption} {block.credit && <small>{block.credit}</small>}
          </figcaption>
        )}
      </figure>
    )
  }
  return renderToString(
    <>
      {body.map((block) => (
        <BlockView block={block} assets={assets} figure={figure} />
      ))}
    </>,
  )
}
