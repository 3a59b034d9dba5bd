import {
  Extension,
  mergeAttributes,
  Node,
  NodeViewWrapper,
  ReactNodeViewRenderer,
  useEditorState,
  type ReactNodeViewProps,
} from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { useEffect, useId, useState } from 'react'
import { createPortal } from 'react-dom'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { Asset } from '../api/types.ts'
import { AssetDialog } from '../media/asset-dialog.tsx'
import { mediaApi, type LibraryAsset } from '../media/media-api.ts'
import { thumbnailOf } from './asset-thumbnail.ts'
import './figure-card.css'

/** The words a figure carries for this story: its caption, its credit and the alt text read to those who cannot see it. */
function FigureWords(props: {
  attrs: { caption: string; credit: string; alt: string }
  onChange(patch: Partial<{ caption: string; credit: string; alt: string }>): void
  id: string
}) {
  const { attrs, onChange, id } = props
  return (
    <div className="figure-words">
      <label htmlFor={`${id}-caption`}>Caption</label>
      <textarea
        id={`${id}-caption`}
        maxLength={2000}
        rows={2}
        value={attrs.caption}
        onChange={(e) => onChange({ caption: e.target.value })}
      />
      <label htmlFor={`${id}-credit`}>Credit</label>
      <input
        id={`${id}-credit`}
        maxLength={300}
        value={attrs.credit}
        onChange={(e) => onChange({ credit: e.target.value })}
      />
      <label htmlFor={`${id}-alt`}>Alt text</label>
      <input
        id={`${id}-alt`}
        maxLength={1000}
        value={attrs.alt}
        onChange={(e) => onChange({ alt: e.target.value })}
      />
    </div>
  )
}

/**
 * A picture in the body, as Dateline's `figure` block: a card in the text. While the story is editable its words can
 * be changed in place, the picture's own details (focal point, library caption) opened, or the figure removed.
 */
function FigureView({ node, editor, updateAttributes, deleteNode }: ReactNodeViewProps) {
  const attrs = node.attrs as {
    assetId: number
    caption: string
    credit: string
    alt: string
  }
  const { assetId, caption, credit, alt } = attrs
  const id = useId()
  const [editing, setEditing] = useState(false)
  const [details, setDetails] = useState<LibraryAsset | null>(null)
  const [asset, setAsset] = useState<Asset | null>(null)
  const editable = useEditorState({ editor, selector: ({ editor: e }) => e.isEditable })
  useEffect(() => {
    let live = true
    newsroomApi.asset(assetId).then(
      (a) => live && setAsset(a),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [assetId])
  const picture = thumbnailOf(asset, 640)
  const openDetails = () =>
    mediaApi.get(assetId).then(
      (a) => setDetails(a),
      () => undefined,
    )
  return (
    <NodeViewWrapper className="figure-card" data-drag-handle="">
      <figure contentEditable={false}>
        {picture ? (
          <img src={picture.url} alt={alt} width={picture.width} height={picture.height} />
        ) : (
          <div className="figure-placeholder">Picture {assetId}</div>
        )}
        <figcaption>
          {caption || <span className="muted">No caption</span>}
          {credit && <span className="figure-credit"> {credit}</span>}
          {!alt && <span className="figure-warning"> No alt text yet</span>}
        </figcaption>
        {editable && (
          <div className="figure-tools">
            <button
              type="button"
              className="button small"
              aria-expanded={editing}
              onClick={() => setEditing(!editing)}
            >
              {editing ? 'Done' : 'Edit caption, credit and alt text'}
            </button>
            <button type="button" className="button quiet small" onClick={() => void openDetails()}>
              Focal point
            </button>
            <button type="button" className="button quiet small grave" onClick={() => deleteNode()}>
              Remove picture
            </button>
          </div>
        )}
        {editable && editing && <FigureWords id={id} attrs={attrs} onChange={updateAttributes} />}
      </figure>
      {details &&
        // Outside the text: events in the dialog must not reach the editor (selection, dragging, Ctrl+S).
        createPortal(
          <AssetDialog
            asset={details}
            onSaved={(a) => setDetails(a)}
            onClose={() => {
              setDetails(null)
              // New crops may have been cut around a moved point.
              void newsroomApi.asset(assetId).then(setAsset, () => undefined)
            }}
          />,
          document.body,
        )}
    </NodeViewWrapper>
  )
}

const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      assetId: { default: null },
      caption: { default: '' },
      credit: { default: '' },
      alt: { default: '' },
    }
  },
  // Only Dateline's own figures come back from HTML; a pasted picture from elsewhere has no asset and is dropped.
  parseHTML() {
    return [
      {
        tag: 'figure[data-asset-id]',
        // Only a figure that names a real picture (a positive whole number); anything else is dropped.
        getAttrs: (el) => {
          const assetId = Number(el.getAttribute('data-asset-id'))
          if (!Number.isInteger(assetId) || assetId <= 0) return false
          return {
            assetId,
            caption: el.getAttribute('data-caption') ?? '',
            credit: el.getAttribute('data-credit') ?? '',
            alt: el.getAttribute('data-alt') ?? '',
          }
        },
      },
    ]
  },
  renderHTML({ node, HTMLAttributes }) {
    return [
      'figure',
      mergeAttributes(HTMLAttributes, {
        'data-asset-id': String(node.attrs.assetId),
        'data-caption': node.attrs.caption,
        'data-credit': node.attrs.credit,
        'data-alt': node.attrs.alt,
      }),
    ]
  },
  addNodeView() {
    return ReactNodeViewRenderer(FigureView)
  },
})

/** A quote's attribution, kept on the blockquote (Dateline's quote block has one). */
const QuoteAttribution = Extension.create({
  name: 'quoteAttribution',
  addGlobalAttributes() {
    return [
      {
        types: ['blockquote'],
        attributes: {
          attribution: {
            default: '',
            parseHTML: (el) => el.getAttribute('data-attribution') ?? '',
            renderHTML: (attrs) =>
              attrs.attribution ? { 'data-attribution': String(attrs.attribution) } : {},
          },
        },
      },
    ]
  },
})

/** What Dateline's body can hold, and nothing more: pasted documents lose the rest. */
export const editorExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['http', 'https', 'mailto'],
      HTMLAttributes: { rel: 'noopener', target: null },
    },
  }),
  QuoteAttribution,
  Figure,
]
