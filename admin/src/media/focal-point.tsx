import { useId, useRef, type KeyboardEvent, type MouseEvent } from 'react'
import { useCssVars } from './css-vars.ts'
import type { LibraryAsset } from './media-api.ts'
import { clampFocal, cropPosition, renditionFor, type CropShape } from './renditions.ts'
import './focal-point.css'

/** A point of the picture, 0..1 from the left (x) and from the top (y). */
export interface Focal {
  x: number
  y: number
}

const STEP = 0.01
const BIG_STEP = 0.1
const percent = (v: number) => `${Math.round(v * 100)}%`

/** How the point reads aloud and on screen: "42% across, 30% down". */
export const focalWords = (f: Focal) => `${percent(f.x)} across, ${percent(f.y)} down`

/**
 * The focal point: the part of the picture every crop keeps. The editor clicks the picture where it matters (a face,
 * the boat), or moves the marker with the arrow keys (Shift for bigger steps); the 16:9 and square previews show
 * what the crops will keep. With `readOnly` (a reporter) the point shows without being movable.
 */
export function FocalPoint(props: {
  asset: LibraryAsset
  value: Focal
  onChange: (value: Focal) => void
  readOnly?: boolean
}) {
  const { asset, value } = props
  const id = useId()
  const frame = useRef<HTMLElement>(null)
  const image = useRef<HTMLImageElement>(null)
  useCssVars(frame, { '--fx': String(value.x), '--fy': String(value.y) })
  const shown = renditionFor(asset, 800)

  const click = (event: MouseEvent<HTMLButtonElement>) => {
    // A click made with Enter or Space (detail 0) has no place on the picture.
    if (event.detail === 0 || !image.current) return
    const box = image.current.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) return
    props.onChange({
      x: clampFocal((event.clientX - box.left) / box.width),
      y: clampFocal((event.clientY - box.top) / box.height),
    })
  }
  const key = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    }
    const move = moves[event.key]
    if (!move) return
    event.preventDefault()
    props.onChange({ x: clampFocal(value.x + move[0]), y: clampFocal(value.y + move[1]) })
  }

  const picture = shown ? (
    <img
      ref={image}
      className="focal-image"
      src={shown.url}
      width={shown.width}
      height={shown.height}
      alt=""
      draggable={false}
    />
  ) : (
    <span className="focal-missing">No preview yet</span>
  )
  return (
    <div className="focal">
      <div className="focal-head">
        <h3 className="focal-title" id={`${id}-title`}>
          Focal point
        </h3>
        <p className="focal-where" aria-live="polite">
          {focalWords(value)}
        </p>
      </div>
      {props.readOnly ? (
        <figure ref={frame} className="focal-frame" aria-labelledby={`${id}-title`}>
          {picture}
          <span className="focal-marker" aria-hidden="true" />
        </figure>
      ) : (
        <button
          ref={(el) => {
            frame.current = el
          }}
          type="button"
          className="focal-frame is-editable"
          aria-label={`Focal point: ${focalWords(value)}`}
          aria-describedby={`${id}-hint`}
          onClick={click}
          onKeyDown={key}
        >
          {picture}
          <span className="focal-marker" aria-hidden="true" />
        </button>
      )}
      {!props.readOnly && (
        <p className="hint" id={`${id}-hint`}>
          Click the part of the picture that crops must keep, or move the point with the arrow keys (Shift for
          bigger steps).
        </p>
      )}
      <div className="crop-previews">
        <CropPreview asset={asset} shape="16x9" focal={value} label="16:9, for teasers and the lead" />
        <CropPreview asset={asset} shape="1x1" focal={value} label="Square, for search and sharing" />
      </div>
    </div>
  )
}

/** What a crop of `shape` cut around the point keeps: the picture in a box of that shape, placed as the server cuts. */
function CropPreview(props: { asset: LibraryAsset; shape: CropShape; focal: Focal; label: string }) {
  const box = useRef<HTMLElement>(null)
  const at = cropPosition(props.asset, props.shape, props.focal)
  useCssVars(box, { '--crop-x': `${at.x}%`, '--crop-y': `${at.y}%` })
  const shown = renditionFor(props.asset, 600)
  return (
    <figure ref={box} className={`crop-preview crop-${props.shape}`}>
      <span className="crop-box">
        {shown && <img src={shown.url} width={shown.width} height={shown.height} alt="" />}
      </span>
      <figcaption>{props.label}</figcaption>
    </figure>
  )
}
