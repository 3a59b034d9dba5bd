import { diffWordsWithSpace } from 'diff'
import type { DiffLine, RevisionComparison } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { fieldName } from './revision-words.ts'

/** A field's value in words: names for desks and sections, lists joined, pictures by number. */
function useShowValue() {
  const { desks, sections } = useNewsroom()
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '(none)'
    if (field === 'deskId') return desks.find((d) => d.id === value)?.name ?? `Desk ${String(value)}`
    if (field === 'sectionId') return sections.find((s) => s.id === value)?.name ?? `Section ${String(value)}`
    if (field === 'stageId')
      return desks.flatMap((d) => d.stages).find((s) => s.id === value)?.name ?? `Stage ${String(value)}`
    if (field === 'contributors' && Array.isArray(value))
      return (value as { name: string; role?: string }[])
        .map((c) => (c.role ? `${c.name}, ${c.role}` : c.name))
        .join('; ')
    if (field === 'source' && typeof value === 'object') return (value as { name: string }).name
    if (field === 'dateline' && typeof value === 'object') {
      const d = value as { place: string; country?: string }
      return [d.place, d.country].filter(Boolean).join(', ')
    }
    if (field === 'leadImage' && typeof value === 'object') {
      const l = value as { assetId: number; caption: string }
      return `Picture ${l.assetId}${l.caption ? `: ${l.caption}` : ''}`
    }
    if (Array.isArray(value)) return value.join(', ') || '(none)'
    return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number)
  }
}

/** Fields of running text, compared word by word like the body (the rest are shown whole, before and after). */
const WORDED = new Set(['headline', 'summary', 'slug'])

/** A text field's two values, each with the words the other side lacks marked. */
function WordedValue({ before, after, side }: { before: string; after: string; side: 'before' | 'after' }) {
  const parts = diffWordsWithSpace(before, after)
  return (
    <>
      {parts
        .filter((p) => (side === 'before' ? !p.added : !p.removed))
        .map((p, i) =>
          p.removed ? (
            <del key={i}>{p.value}</del>
          ) : p.added ? (
            <ins key={i}>{p.value}</ins>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
    </>
  )
}

/** A body line as the story shows it: subheadings (`## `) bold, without the marker. */
function Plain({ text }: { text: string }) {
  const heading = /^#{2,3} (.*)$/.exec(text)
  return heading ? <strong className="diff-heading">{heading[1]}</strong> : <>{text}</>
}

/** One side of a body line: the text, with the words this side lost or gained marked. */
function Side({ line, side }: { line: DiffLine; side: 'before' | 'after' }) {
  if (line.op === 'changed') {
    const hide = side === 'before' ? 'added' : 'removed'
    return (
      <>
        {line.words
          .filter((w) => w.op !== hide)
          .map((w, i) =>
            w.op === 'removed' ? (
              <del key={i}>{w.text}</del>
            ) : w.op === 'added' ? (
              <ins key={i}>{w.text}</ins>
            ) : (
              <span key={i}>{w.text}</span>
            ),
          )}
      </>
    )
  }
  const shows = line.op === 'same' || (line.op === 'removed') === (side === 'before')
  if (!shows) return null
  return line.op === 'same' ? (
    <Plain text={line.text} />
  ) : line.op === 'removed' ? (
    <del>
      <Plain text={line.text} />
    </del>
  ) : (
    <ins>
      <Plain text={line.text} />
    </ins>
  )
}

/**
 * Two revisions side by side: the changed fields as before and after, then the text line by line, the older on the
 * left. Removed words are struck through, added ones underlined (colour helps, but is never the only sign).
 */
export function RevisionDiff({ comparison }: { comparison: RevisionComparison }) {
  const show = useShowValue()
  const { from, to, diff } = comparison
  const changedBody = diff.body.some((l) => l.op !== 'same')
  return (
    <div className="revision-diff">
      {diff.fields.length > 0 && (
        <table className="diff-fields">
          <caption className="visually-hidden">Changed details</caption>
          <thead>
            <tr>
              <th scope="col">Detail</th>
              <th scope="col">Revision {from.number}</th>
              <th scope="col">Revision {to.number}</th>
            </tr>
          </thead>
          <tbody>
            {diff.fields.map((f) => (
              <tr key={f.field}>
                <th scope="row">{fieldName(f.field)}</th>
                {WORDED.has(f.field) && typeof f.before === 'string' && typeof f.after === 'string' ? (
                  <>
                    <td>
                      <WordedValue before={f.before} after={f.after} side="before" />
                    </td>
                    <td>
                      <WordedValue before={f.before} after={f.after} side="after" />
                    </td>
                  </>
                ) : (
                  <>
                    <td>
                      <del>{show(f.field, f.before)}</del>
                    </td>
                    <td>
                      <ins>{show(f.field, f.after)}</ins>
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changedBody ? (
        <>
          <div className="diff-columns diff-heads" aria-hidden="true">
            <span>Revision {from.number} (before)</span>
            <span>Revision {to.number} (after)</span>
          </div>
          <ol className="diff-body" aria-label="The text, line by line">
            {diff.body.map((line, i) => (
              <li key={i} className={`diff-line ${line.op}`}>
                <div className="diff-cell before">
                  <span className="visually-hidden">Revision {from.number}: </span>
                  <Side line={line} side="before" />
                </div>
                <div className="diff-cell after">
                  <span className="visually-hidden">Revision {to.number}: </span>
                  <Side line={line} side="after" />
                </div>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="hint">The text is the same in both.</p>
      )}
    </div>
  )
}
