import { useEffect, useRef, useState } from 'react'
import { PageHeading } from '../ui/page-heading.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { AssetDialog } from './asset-dialog.tsx'
import type { LibraryAsset } from './media-api.ts'
import { MediaGrid } from './media-grid.tsx'
import { UploadForm } from './upload-form.tsx'
import { useFileDrop } from './use-file-drop.ts'
import { useLibrary } from './use-library.ts'
import './media-page.css'

/**
 * The media library: every picture, newest first, searched by caption, credit and alt text, a page at a time; an
 * upload panel (a picture dropped anywhere on the page lands there too); and each picture's details and focal
 * point in a dialog.
 */
export function MediaPage() {
  const [text, setText] = useState('')
  const library = useLibrary(text)
  const [open, setOpen] = useState<LibraryAsset | null>(null)
  const [file, setFile] = useState<File | null>(null)
  const [fresh, setFresh] = useState<{ id: number; words: string } | null>(null)
  const uploadHeading = useRef<HTMLHeadingElement>(null)
  const tiles = useRef(new Map<number, HTMLButtonElement>())
  const focusTile = useRef<number | null>(null)

  const uploaded = (asset: LibraryAsset) => {
    library.add(asset)
    setFresh({ id: asset.id, words: asset.caption || asset.alt || `Picture ${asset.id}` })
    focusTile.current = asset.id
  }
  // The new picture's button exists once the grid shows it; the focus moves to it then.
  useEffect(() => {
    const id = focusTile.current
    const tile = id === null ? undefined : tiles.current.get(id)
    if (!tile) return
    focusTile.current = null
    tile.focus()
  }, [library.items])

  // A picture dropped anywhere on the page goes to the upload panel (not while a picture's details are open).
  const dragging = useFileDrop((dropped) => {
    if (open) return
    setFile(dropped)
    uploadHeading.current?.focus()
  })

  const searching = library.searched !== ''
  return (
    <div className="page media-page">
      <div className="page-head">
        <PageHeading>Media</PageHeading>
      </div>
      <p className="page-lede">
        Pictures for stories, newest first. Drop a picture anywhere on this page to upload it.
      </p>

      <div className="media-layout">
        <section className="media-upload" aria-labelledby="media-upload-title">
          <h2 className="panel-title" id="media-upload-title" ref={uploadHeading} tabIndex={-1}>
            Upload a picture
          </h2>
          <UploadForm
            file={file}
            onFile={setFile}
            onUploaded={uploaded}
            submitLabel="Upload"
            note="The caption, credit and alt text become the picture’s defaults; a story can change them for its own use."
          />
          <p className="media-uploaded" role="status">
            {fresh && (
              <>
                Uploaded: {fresh.words}.{' '}
                <button
                  className="button link"
                  type="button"
                  onClick={() => {
                    const asset = library.items.find((a) => a.id === fresh.id)
                    if (asset) setOpen(asset)
                  }}
                >
                  Edit its details
                </button>
              </>
            )}
          </p>
        </section>

        <section className="media-library" aria-labelledby="media-library-title">
          <div className="media-library-head">
            <div>
              <h2 className="panel-title" id="media-library-title">
                Library
              </h2>
              <p className="list-note media-count" role="status">
                {!library.loading || library.items.length > 0
                  ? searching
                    ? `${library.total} ${library.total === 1 ? 'picture matches' : 'pictures match'} “${library.searched}”`
                    : `${library.total} ${library.total === 1 ? 'picture' : 'pictures'}`
                  : ''}
              </p>
            </div>
            <form className="media-search" role="search" onSubmit={(e) => e.preventDefault()}>
              <label htmlFor="media-q">Search pictures</label>
              <input
                id="media-q"
                type="search"
                autoComplete="off"
                placeholder="Caption, credit or alt text"
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
            </form>
          </div>
          {library.error && library.items.length === 0 ? (
            <LoadError error={library.error} onRetry={library.reload} />
          ) : library.loading && library.items.length === 0 ? (
            <Loading label="Loading the pictures" />
          ) : library.items.length === 0 ? (
            <p className="empty">
              {searching ? 'No picture matches this search.' : 'No pictures yet: upload the first.'}
            </p>
          ) : (
            <div aria-busy={library.loading}>
              <MediaGrid
                items={library.items}
                action="Edit details"
                freshId={fresh?.id ?? null}
                onChoose={setOpen}
                buttonRef={(id, el) => {
                  if (el) tiles.current.set(id, el)
                  else tiles.current.delete(id)
                }}
              />
              {library.items.length < library.total && (
                <div className="media-more">
                  <button className="button" type="button" onClick={library.more} disabled={library.loading}>
                    {library.loading ? 'Loading…' : 'Show more pictures'}
                  </button>
                  <span className="list-note">
                    {library.items.length} of {library.total} shown
                  </span>
                </div>
              )}
              {Boolean(library.error) && library.items.length > 0 && <LoadError error={library.error} />}
            </div>
          )}
        </section>
      </div>

      {dragging && !open && (
        <div className="media-drop-veil" aria-hidden="true">
          <p>Drop the picture to upload it</p>
        </div>
      )}
      {open && (
        <AssetDialog key={open.id} asset={open} onSaved={library.replace} onClose={() => setOpen(null)} />
      )}
    </div>
  )
}
