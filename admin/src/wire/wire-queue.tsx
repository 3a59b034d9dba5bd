import { useEffect, useRef, useState } from 'react'
import { errorMessage } from '../api/client.ts'
import { newsroomApi } from '../api/newsroom-api.ts'
import type { Desk, StorySummary, WireItem } from '../api/types.ts'
import { useNewsroom } from '../app/newsroom-context.tsx'
import { Link, paths } from '../app/router.tsx'
import { useLiveRefresh } from '../live/use-live-refresh.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { Time } from '../ui/time.tsx'
import { useNow } from '../ui/use-now.ts'
import { useResource } from '../ui/use-resource.ts'
import { WireFilters, type WireFilterValues } from './wire-filters.tsx'

const QUEUE_LIMIT = 50
const TYPING_PAUSE_MS = 250

type Message = { kind: 'done'; text: string; storyId: number } | { kind: 'error'; text: string }

/** Where an item came from: the configured source, else the agency the item names, else nothing to show. */
const sourceName = (item: WireItem) => item.source ?? item.provider

/** The value once it has stayed the same for `ms`: the text filter asks the server after a pause in typing. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms)
    return () => window.clearTimeout(timer)
  }, [value, ms])
  return settled
}

/**
 * A desk's ingest queue (or every desk's, with `deskId` null): the items waiting, newest first, filtered by source,
 * urgency and text, each with "Fetch to desk", which makes it a story on `fetchTo` in its first stage.
 */
export function WireQueue(props: {
  deskId: number | null
  fetchTo: Desk
  onFetched?: (story: StorySummary) => void
  /** The level of each item's heading: one below the heading over the queue. */
  itemHeading: 'h2' | 'h3'
}) {
  const Heading = props.itemHeading
  const { desks } = useNewsroom()
  const now = useNow()
  const [filters, setFilters] = useState<WireFilterValues>({ q: '', source: '', urgency: '' })
  const text = useSettled(filters.q.trim(), TYPING_PAUSE_MS)
  const query = {
    status: 'queued' as const,
    limit: QUEUE_LIMIT,
    ...(props.deskId !== null ? { desk: props.deskId } : {}),
    ...(filters.source ? { source: Number(filters.source) } : {}),
    ...(filters.urgency ? { urgency: Number(filters.urgency) } : {}),
    ...(text ? { q: text } : {}),
  }
  const queue = useResource(() => newsroomApi.wireQueue(query), [JSON.stringify(query)])
  useLiveRefresh(
    (key) => (props.deskId === null ? key.startsWith('ingest:') : key === `ingest:${props.deskId}`),
    queue.reload,
  )

  const [busy, setBusy] = useState<number | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const buttons = useRef(new Map<number, HTMLButtonElement>())
  const statusRef = useRef<HTMLParagraphElement>(null)
  const focusNext = useRef<number | 'status' | null>(null)

  // The fetched item leaves the list; the focus goes on to the next item, or to the message when none is left.
  useEffect(() => {
    const next = focusNext.current
    if (next === null || !queue.data) return
    focusNext.current = null
    const target = next === 'status' ? null : buttons.current.get(next)
    ;(target ?? statusRef.current)?.focus()
  }, [queue.data])

  const fetchItem = async (item: WireItem) => {
    if (busy !== null) return
    const items = queue.data?.items ?? []
    const at = items.findIndex((i) => i.id === item.id)
    setBusy(item.id)
    try {
      const story = await newsroomApi.fetchToDesk(item.id, props.fetchTo.id)
      setMessage({
        kind: 'done',
        text: `Fetched to ${props.fetchTo.name}: ${story.headline}`,
        storyId: story.id,
      })
      focusNext.current = (items[at + 1] ?? items[at - 1])?.id ?? 'status'
      props.onFetched?.(story)
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) })
    } finally {
      setBusy(null)
      queue.reload()
    }
  }

  const deskName = (id: number | null) => desks.find((d) => d.id === id)?.name ?? 'No desk'
  return (
    <div className="wire">
      <WireFilters value={filters} onChange={setFilters} items={queue.data?.items ?? []} />
      <p
        ref={statusRef}
        tabIndex={-1}
        className={message?.kind === 'error' ? 'wire-message is-error' : 'wire-message'}
        role="status"
      >
        {message?.text}
        {message?.kind === 'done' && (
          <>
            {' '}
            <Link href={paths.story(message.storyId)}>Open story</Link>
          </>
        )}
      </p>
      {queue.error && !queue.data ? (
        <LoadError error={queue.error} onRetry={queue.reload} />
      ) : !queue.data ? (
        <Loading label="Loading the wire" />
      ) : queue.data.items.length === 0 ? (
        <p className="empty">
          {text || filters.source || filters.urgency
            ? 'No waiting item matches these filters.'
            : 'No wire items waiting.'}
        </p>
      ) : (
        <>
          <ul className="wire-list" aria-busy={queue.loading}>
            {queue.data.items.map((item) => (
              <li key={item.id} className="wire-item">
                <Heading className="wire-headline" id={`wire-${item.id}`}>
                  {item.headline}
                </Heading>
                <p className="wire-meta">
                  {sourceName(item) && <span>{sourceName(item)}</span>}
                  {item.urgency !== null && (
                    <span className={item.urgency <= 2 ? 'urgency is-high' : 'urgency'}>
                      Urgency {item.urgency}
                    </span>
                  )}
                  {item.version && <span>Version {item.version}</span>}
                  {props.deskId === null && <span>{deskName(item.deskId)}</span>}
                </p>
                <p className="wire-meta">
                  <Time iso={item.versionCreated ?? item.receivedAt} now={now} />
                  {item.embargoedUntil && new Date(item.embargoedUntil).getTime() > now && (
                    <span className="embargo">
                      <Time iso={item.embargoedUntil} now={now} prefix="Embargo lifts" />
                    </span>
                  )}
                </p>
                <button
                  ref={(el) => {
                    if (el) buttons.current.set(item.id, el)
                    else buttons.current.delete(item.id)
                  }}
                  className="button small"
                  type="button"
                  aria-describedby={`wire-${item.id}`}
                  onClick={() => fetchItem(item)}
                >
                  {busy === item.id ? 'Fetching…' : 'Fetch to desk'}
                </button>
              </li>
            ))}
          </ul>
          {queue.data.total > queue.data.items.length && (
            <p className="list-note">
              The newest {queue.data.items.length} of {queue.data.total} waiting items. Narrow the filters to
              find older ones.
            </p>
          )}
        </>
      )}
    </div>
  )
}
