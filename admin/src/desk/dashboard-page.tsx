import { useEffect, useState } from 'react'
import { canCreateOn } from '../../../src/core/access.ts'
import type { Desk, StorySummary } from '../api/types.ts'
import { desksInOrder, useNewsroom } from '../app/newsroom-context.tsx'
import { Link, navigate, paths } from '../app/router.tsx'
import { useLiveRefresh } from '../live/use-live-refresh.tsx'
import { PageHeading } from '../ui/page-heading.tsx'
import { LoadError, Loading } from '../ui/status.tsx'
import { useResource } from '../ui/use-resource.ts'
import { WireQueue } from '../wire/wire-queue.tsx'
import { DeskBoard } from './desk-board.tsx'
import { DeskPicker } from './desk-picker.tsx'
import { loadBoard } from './load-board.ts'
import { NewStoryButton } from './new-story.tsx'

const LAST_DESK = 'dateline.desk'

function rememberedDesk(): number | null {
  try {
    const value = Number(window.localStorage.getItem(LAST_DESK))
    return Number.isInteger(value) && value > 0 ? value : null
  } catch {
    return null
  }
}

/**
 * The desk dashboard: the desk's stories by stage, and its wire queue beside them. Both follow the live stream;
 * a story fetched from the queue shows up in the first stage at once.
 */
export function DashboardPage({ deskId }: { deskId: number | null }) {
  const { desks, user } = useNewsroom()
  const { own } = desksInOrder(desks, user)
  const known = (id: number | null) => (id !== null && desks.some((d) => d.id === id) ? id : null)
  const chosen = deskId ?? known(rememberedDesk()) ?? own[0]?.id ?? desks[0]?.id ?? null
  const desk = desks.find((d) => d.id === chosen)
  const actor = { userId: user.id, role: user.role, deskIds: user.deskIds }

  useEffect(() => {
    if (deskId === null && chosen !== null) navigate(paths.desk(chosen), { replace: true })
  }, [deskId, chosen])
  useEffect(() => {
    if (!desk) return
    try {
      window.localStorage.setItem(LAST_DESK, String(desk.id))
    } catch {
      // Private windows may refuse storage; the dashboard then opens on one's first desk.
    }
  }, [desk])

  if (!desk) {
    return (
      <div className="page narrow">
        <PageHeading>{desks.length ? 'No such desk' : 'No desks yet'}</PageHeading>
        {desks.length ? (
          <p>
            There is no desk {deskId}. <Link href={paths.dashboard}>Go to your desk</Link>.
          </p>
        ) : (
          <p>
            An administrator creates desks (POST /api/v1/desks); each gets the stages Incoming, Working and
            Ready.
          </p>
        )}
      </div>
    )
  }
  return (
    <div className="page dashboard">
      <div className="page-head">
        <PageHeading>{desk.name}</PageHeading>
        <div className="page-tools">
          <DeskPicker
            id="desk-picker"
            label="Desk"
            value={desk.id}
            onChange={(id) => navigate(paths.desk(id), { keepFocus: true })}
          />
          {canCreateOn(actor, desk.id) && <NewStoryButton desk={desk} />}
        </div>
      </div>
      {/* Keyed by desk: another desk starts from a clean slate, while the picker above keeps the focus. */}
      <DeskWork key={desk.id} desk={desk} />
    </div>
  )
}

function DeskWork({ desk }: { desk: Desk }) {
  const board = useResource(() => loadBoard(desk.id), [desk.id])
  const [freshId, setFreshId] = useState<number | null>(null)
  useLiveRefresh([`desk:${desk.id}`], board.reload)

  const fetched = (story: StorySummary) => {
    setFreshId(story.id)
    board.reload()
  }

  return (
    <div className="dashboard-grid">
      <section className="board-area" aria-labelledby="board-heading">
        <h2 id="board-heading" className="visually-hidden">
          Stories on the desk
        </h2>
        {board.data ? (
          <DeskBoard desk={desk} stories={board.data} freshId={freshId} />
        ) : board.error ? (
          <LoadError error={board.error} onRetry={board.reload} />
        ) : (
          <Loading label="Loading the desk’s stories" />
        )}
      </section>
      <section className="wire-panel" aria-labelledby="wire-heading">
        <h2 id="wire-heading" className="panel-title">
          Wire
        </h2>
        <WireQueue deskId={desk.id} fetchTo={desk} onFetched={fetched} itemHeading="h3" />
      </section>
    </div>
  )
}
