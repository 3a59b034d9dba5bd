import type { LibraryAsset } from './media-api.ts'
import { renditionFor, srcSet } from './renditions.ts'
import './media-grid.css'

/**
 * Pictures of the library as a grid of buttons: each shows a small rendition and its caption and credit, and
 * choosing one calls `onChoose`. The picture's alt text is its alt; the visible caption is the rest of the button's
 * name, so a screen reader user hears what the picture shows and what it is about.
 */
export function MediaGrid(props: {
  items: readonly LibraryAsset[]
  onChoose: (asset: LibraryAsset) => void
  /** What choosing does, for screen readers (e.g. "Edit details", "Choose"). */
  action: string
  /** A picture to mark as new (just uploaded). */
  freshId?: number | null
  /** Room for the grid's columns: the library page is wide, the picker's dialog narrower. */
  size?: 'large' | 'small'
  /** Each button, for moving the focus to one (a picture just uploaded). */
  buttonRef?: (id: number, el: HTMLButtonElement | null) => void
}) {
  return (
    <ul className={`media-grid ${props.size === 'small' ? 'is-small' : ''}`}>
      {props.items.map((asset) => {
        const thumb = renditionFor(asset, 400)
        const captionId = `media-cap-${asset.id}`
        return (
          <li key={asset.id} className={props.freshId === asset.id ? 'media-tile is-fresh' : 'media-tile'}>
            <button
              ref={props.buttonRef ? (el) => props.buttonRef!(asset.id, el) : undefined}
              type="button"
              className="media-tile-button"
              aria-describedby={captionId}
              onClick={() => props.onChoose(asset)}
            >
              <span className="visually-hidden">{props.action}: </span>
              <span className="media-thumb">
                {thumb ? (
                  <img
                    src={thumb.url}
                    srcSet={srcSet(asset)}
                    sizes="(min-width: 1100px) 14rem, 30vw"
                    width={thumb.width}
                    height={thumb.height}
                    alt={asset.alt}
                    loading="lazy"
                    decoding="async"
                  />
                ) : (
                  <span className="media-thumb-missing">No preview yet</span>
                )}
              </span>
              {!asset.alt && <span className="visually-hidden">picture {asset.id}</span>}
            </button>
            <p className="media-tile-text" id={captionId}>
              <span className={asset.caption ? 'media-caption' : 'media-caption is-missing'}>
                {asset.caption || 'No caption'}
              </span>
              {asset.credit && <span className="media-credit">{asset.credit}</span>}
              {!asset.alt && <span className="media-flag">No alt text</span>}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
