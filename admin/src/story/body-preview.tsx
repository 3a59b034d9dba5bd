import type { Block, Span } from '../api/types.ts'

const text = (spans: Span[]) => spans.map((s) => s.text).join('')

/** A body as plain text, block by block: the two texts of a conflict, side by side. */
export function BodyPreview({ body }: { body: Block[] }) {
  return (
    <div className="body-preview">
      {body.map((block, i) => {
        switch (block.type) {
          case 'paragraph':
            return <p key={i}>{text(block.content)}</p>
          case 'heading':
            return block.level === 2 ? (
              <h3 key={i}>{text(block.content)}</h3>
            ) : (
              <h4 key={i}>{text(block.content)}</h4>
            )
          case 'quote':
            return (
              <blockquote key={i}>
                {block.paragraphs.map((p, j) => (
                  <p key={j}>{text(p)}</p>
                ))}
                {block.attribution && <footer>{block.attribution}</footer>}
              </blockquote>
            )
          case 'list': {
            const items = block.items.map((item, j) => <li key={j}>{text(item)}</li>)
            return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>
          }
          case 'figure':
            return (
              <p key={i} className="figure-note">
                Picture: {block.caption || block.alt || 'no caption'}
                {block.credit ? ` (${block.credit})` : ''}
              </p>
            )
        }
      })}
    </div>
  )
}
