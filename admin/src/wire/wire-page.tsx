import { useState } from 'react'
import { desksInOrder, useNewsroom } from '../app/newsroom-context.tsx'
import { DeskPicker } from '../desk/desk-picker.tsx'
import { PageHeading } from '../ui/page-heading.tsx'
import { WireQueue } from './wire-queue.tsx'

/** Every desk's waiting wire items in one list, also those no routing rule sent to a desk. */
export function WirePage() {
  const { desks, user } = useNewsroom()
  const { own } = desksInOrder(desks, user)
  const [target, setTarget] = useState(own[0]?.id ?? desks[0]?.id ?? null)
  const fetchTo = desks.find((d) => d.id === target)
  return (
    <div className="page narrow-wide">
      <div className="page-head">
        <PageHeading>Wire</PageHeading>
        {fetchTo && <DeskPicker id="fetch-to" label="Fetch to" value={fetchTo.id} onChange={setTarget} />}
      </div>
      <p className="page-lede">Items waiting on every desk, newest first.</p>
      {fetchTo ? (
        <WireQueue deskId={null} fetchTo={fetchTo} itemHeading="h2" />
      ) : (
        <p>There are no desks to fetch to yet.</p>
      )}
    </div>
  )
}
