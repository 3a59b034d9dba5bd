import {
  Extension,
  mergeAttributes,
  Node,
  NodeViewWrapper,
  ReactNodeViewRenderer,
  type ReactNodeViewProps,
} from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { useEffect, useState } from 'react'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { Asset } from '../api/types.ts'

/** A picture in the body, as Dateline's `figure` block: shown as a card, not edited in the text (yet). */
function FigureView({ node }: ReactNodeViewProps) {
  const { assetId, caption, credit, alt } = node.attrs as {
    assetId: number
    caption: string
    credit: string
    alt: string
  }
  const [asset, setAsset] = useState<Asset | null>(null)
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
  const whole = asset?.renditions.filter((r) => !('crop' in r && r.crop) && r.format !== 'avif') ?? []
  const picture = whole.sort((a, b) => a.width - b.width).find((r) => r.width >= 640) ?? whole.at(-1)
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
        </figcaption>
      </figure>
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
        getAttrs: (el) => ({
          assetId: Number(el.getAttribute('data-asset-id')),
          caption: el.getAttribute('data-caption') ?? '',
          credit: el.getAttribute('data-credit') ?? '',
          alt: el.getAttribute('data-alt') ?? '',
        }),
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
