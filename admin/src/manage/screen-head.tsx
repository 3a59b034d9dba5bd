import type { ReactNode } from 'react'
import { PageHeading } from '../ui/page-heading.tsx'

/** A Manage screen's heading and one line on what it is for; for those who may only look, a calm word on why. */
export function ScreenHead(props: { title: string; lede: string; readOnly?: boolean; actions?: ReactNode }) {
  return (
    <>
      <div className="page-head manage-head">
        <PageHeading>{props.title}</PageHeading>
        {props.actions}
      </div>
      <p className="page-lede">{props.lede}</p>
      {props.readOnly && (
        <p className="notice read-only-note">
          You can see these here; an administrator makes the changes. Ask one if something needs to change.
        </p>
      )}
    </>
  )
}
