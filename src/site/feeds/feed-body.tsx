import { renderToString } from 'preact-render-to-string'
import type { Asset } from '../../core/asset.ts'
import type { Block } from '../../core/blocks.ts'
import { absoluteUrl, renditionPath } from '../urls.ts'
import { largestJpeg } from '../structured-data.ts'
import { InlineView } from '../view/inline-view.tsx'

/** A story body as HTML for feed readers: plain elements, absolute picture addresses, captions with credits. */
export function feedBodyHtml(
  body: readonly Block[],
  assets: ReadonlyMap<number, Asset>,
  siteUrl: string,
): string {
  return renderToString(
    <>
      {body.map((block) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <p>
                <InlineView spans={block.content} />
              </p>
            )
          case 'heading':
            return block.level === 2 ? (
              <h2>
                <InlineView spans={block.content} />
              </h2>
            ) : (
              <h3>
                <InlineView spans={block.content} />
              </h3>
            )
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
            const items = block.items.map((item) => (
              <li>
                <InlineView spans={item} />
              </li>
            ))
            return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>
          }
          case 'figure': {
            const asset = assets.get(block.assetId)
            const r = asset && largestJpeg(asset)
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
        }
      })}
    </>,
  )
}
