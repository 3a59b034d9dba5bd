import { useState } from 'react'
import type { LeadImage } from '../api/types.ts'
import { MediaPicker } from '../media/media-picker.tsx'
import { thumbnailOf, useAsset } from './asset-thumbnail.ts'
import type { Workspace } from './workspace.ts'

/**
 * The story's lead picture: its thumbnail, and this story's caption, credit and alt text for it (the library's are the
 * starting point; a story may word its own). Chosen or uploaded in the media picker.
 */
export function LeadImageField({ ws }: { ws: Workspace }) {
  const lead = ws.details.leadImage
  const asset = useAsset(lead?.assetId ?? null)
  const [picking, setPicking] = useState(false)
  const thumb = thumbnailOf(asset, 320)
  const set = (patch: Partial<LeadImage>) => lead && ws.setDetails({ leadImage: { ...lead, ...patch } })
  const error = Object.entries(ws.fieldErrors).find(([k]) => k.startsWith('leadImage'))?.[1]
  return (
    <fieldset className="detail-group lead-image" disabled={!ws.editable}>
      <legend>Lead picture</legend>
      {lead ? (
        <>
          {thumb ? (
            <img className="lead-thumb" src={thumb.url} alt="" width={thumb.width} height={thumb.height} />
          ) : (
            <div className="figure-placeholder">Picture {lead.assetId}</div>
          )}
          <div className="detail-field">
            <label htmlFor="lead-caption">Caption</label>
            <textarea
              id="lead-caption"
              rows={2}
              value={lead.caption}
              onChange={(e) => set({ caption: e.target.value })}
            />
          </div>
          <div className="detail-field">
            <label htmlFor="lead-credit">Credit</label>
            <input id="lead-credit" value={lead.credit} onChange={(e) => set({ credit: e.target.value })} />
          </div>
          <div className="detail-field">
            <label htmlFor="lead-alt">Alt text</label>
            <input id="lead-alt" value={lead.alt} onChange={(e) => set({ alt: e.target.value })} />
          </div>
          <div className="button-row">
            <button type="button" className="button small" onClick={() => setPicking(true)}>
              Change picture
            </button>
            <button
              type="button"
              className="button quiet small"
              onClick={() => ws.setDetails({ leadImage: null })}
            >
              Remove
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button small" onClick={() => setPicking(true)}>
          Choose a lead picture
        </button>
      )}
      {error && <p className="field-error">{error}</p>}
      <MediaPicker
        open={picking}
        title="Lead picture"
        onClose={() => setPicking(false)}
        onPick={(image) => {
          setPicking(false)
          ws.setDetails({
            leadImage: {
              assetId: image.assetId,
              caption: image.caption,
              credit: image.credit,
              alt: image.alt,
            },
          })
        }}
      />
    </fieldset>
  )
}
