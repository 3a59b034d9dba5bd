import { useEffect, useState } from 'react'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { WireItem, WireSource } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'

export interface WireFilterValues {
  q: string
  /** A source id, or '' for every source. */
  source: string
  /** The least urgent level to show (1 = flash only), or '' for every level. */
  urgency: string
}

const URGENCIES = [
  { value: '1', label: 'Flash (1)' },
  { value: '2', label: '1–2' },
  { value: '3', label: '1–3' },
  { value: '4', label: '1–4' },
  { value: '5', label: '1–5' },
]

/**
 * The sources to choose from: the configured ones for editors and above (GET /sources); a reporter may not list
 * them, so for a reporter the sources of the items seen so far.
 */
function useSources(items: readonly WireItem[]): WireSource[] {
  const { user } = useNewsroom()
  const mayList = user.role !== 'reporter'
  const [listed, setListed] = useState<WireSource[] | null>(null)
  const [seen, setSeen] = useState<Map<number, string>>(new Map())
  useEffect(() => {
    if (!mayList) return
    newsroomApi.wireSources().then(
      (r) => setListed(r.items),
      () => setListed(null),
    )
  }, [mayList])
  useEffect(() => {
    const fresh = items.filter((i) => i.sourceId !== null && i.source !== null && !seen.has(i.sourceId))
    if (fresh.length) setSeen(new Map([...seen, ...fresh.map((i) => [i.sourceId!, i.source!] as const)]))
  }, [items, seen])
  return listed ?? [...seen].map(([id, name]) => ({ id, name }))
}

/** Text, source and urgency: each change filters the queue at once (the text after a pause in typing). */
export function WireFilters(props: {
  value: WireFilterValues
  onChange: (value: WireFilterValues) => void
  items: readonly WireItem[]
}) {
  const sources = useSources(props.items)
  const set = (patch: Partial<WireFilterValues>) => props.onChange({ ...props.value, ...patch })
  return (
    <form className="filters" role="search" aria-label="Filter the wire" onSubmit={(e) => e.preventDefault()}>
      <div className="field filter-text">
        <label htmlFor="wire-q">Search the wire</label>
        <input
          id="wire-q"
          type="search"
          autoComplete="off"
          value={props.value.q}
          onChange={(e) => set({ q: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="wire-source">Source</label>
        <select id="wire-source" value={props.value.source} onChange={(e) => set({ source: e.target.value })}>
          <option value="">All sources</option>
          {sources.map((s) => (
            <option key={s.id} value={String(s.id)}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="wire-urgency">Urgency</label>
        <select
          id="wire-urgency"
          value={props.value.urgency}
          onChange={(e) => set({ urgency: e.target.value })}
        >
          <option value="">Any</option>
          {URGENCIES.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </select>
      </div>
    </form>
  )
}
